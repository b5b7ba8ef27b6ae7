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
    CLOSE_UNPAID;
}
