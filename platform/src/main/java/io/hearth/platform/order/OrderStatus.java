package io.hearth.platform.order;

import java.util.EnumSet;
import java.util.Set;

/** The states of an order (DESIGN.md §5). */
public enum OrderStatus {
    PENDING_PAYMENT, PENDING_DISPATCH, ACCEPTED, DEPARTED, ARRIVED, IN_SERVICE, PAUSED, COMPLETED, CANCELLED;

    /** The worker is on the way or at the customer's: the address is shown to them in full. */
    public static final Set<OrderStatus> WORKER_SEES_ADDRESS = EnumSet.of(ACCEPTED, DEPARTED, ARRIVED, IN_SERVICE, PAUSED);

    /** From here on the worker is at the door or working: no cancellation. */
    public static final Set<OrderStatus> AT_OR_IN_SERVICE = EnumSet.of(ARRIVED, IN_SERVICE, PAUSED, COMPLETED);

    public boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
