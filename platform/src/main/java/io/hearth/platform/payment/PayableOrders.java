package io.hearth.platform.payment;

import java.util.Optional;
import java.util.UUID;

/**
 * What payments need to know from orders; implemented by the order module. Every call runs in the
 * current tenant (TenantContext) and inside the caller's transaction.
 */
public interface PayableOrders {

    /**
     * Locks the order's row for the rest of the caller's transaction. Payments call it before locking a payment
     * of the order, so that every transaction touching both takes the order first and the payment second (as a
     * cancellation does): no deadlock between a cancellation and a payment or refund confirmation.
     */
    default void lock(UUID orderId) {
    }

    /** The order as payments see it, or empty when the current tenant has no such order. */
    Optional<PayableOrder> find(UUID orderId);

    /**
     * Money for the order was confirmed by the provider. Called in the same transaction that marks the
     * payment paid. Returns {@link PaidOutcome#REJECTED} when the order no longer takes money (cancelled or
     * closed, or that stage is already paid): the caller then refunds this payment in full automatically.
     */
    PaidOutcome paid(UUID orderId, UUID paymentId, PaymentStage stage, long amountFen);

    /** A refund of the order's money succeeded (for its timeline and paid amount). Same transaction as the refund's state change. */
    void refunded(UUID orderId, UUID refundId, long amountFen);

    /**
     * @param status        the order's state machine state (e.g. PENDING_PAYMENT)
     * @param dueStage      what the customer may pay now (null when nothing is due)
     * @param dueFen        how much that is, in fen
     * @param paidFen       money received so far, net of refunds
     * @param description   a short text for the provider's order description (e.g. the service's name)
     */
    record PayableOrder(UUID id, UUID customerId, String status, long totalFen, long paidFen, PaymentStage dueStage,
            long dueFen, String description) {
    }

    enum PaidOutcome {
        ACCEPTED, REJECTED
    }
}
