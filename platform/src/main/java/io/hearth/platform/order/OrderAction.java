package io.hearth.platform.order;

/**
 * What can happen to an order. Most change its status; some keep it (reschedule, refund, confirmation...)
 * and are recorded on the timeline all the same. {@link OrderStateMachine} says which are allowed when.
 */
public enum OrderAction {
    CREATE,
    /** Money in: the deposit or the full amount (PENDING_PAYMENT → PENDING_DISPATCH), or the balance after completion. */
    PAY,
    REFUND,
    ASSIGN,
    ACCEPT,
    DECLINE,
    RESCHEDULE,
    DEPART,
    ARRIVE,
    START,
    PAUSE,
    RESUME,
    COMPLETE,
    CONFIRM,
    CANCEL,
    /** The system closes an order left unpaid past its deadline. */
    CLOSE_UNPAID,
    /** Dispatch awards a grabbed offer: the winning worker is assigned and has accepted in one step. */
    GRAB;

    /** The outbox event type of this action ({@code order.created}, {@code order.cancelled}, ...). */
    public String eventType() {
        String past = switch (this) {
            case CREATE -> "created";
            case PAY -> "paid";
            case REFUND -> "refunded";
            case ASSIGN -> "assigned";
            case ACCEPT -> "accepted";
            case DECLINE -> "declined";
            case RESCHEDULE -> "rescheduled";
            case DEPART -> "departed";
            case ARRIVE -> "arrived";
            case START -> "started";
            case PAUSE -> "paused";
            case RESUME -> "resumed";
            case COMPLETE -> "completed";
            case CONFIRM -> "confirmed";
            case CANCEL -> "cancelled";
            case CLOSE_UNPAID -> "closed_unpaid";
            case GRAB -> "grabbed";
        };
        return "order." + past;
    }
}
