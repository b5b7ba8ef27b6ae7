package io.hearth.platform.payment;

import java.util.UUID;

/**
 * What orders ask of payments; implemented by the payment module. Runs in the current tenant, inside the
 * caller's transaction (the refund row is written there; the provider is called after commit).
 */
public interface OrderRefunds {

    /**
     * Refunds {@code amountFen} of the order's paid money, spread over its successful payments (newest first).
     * Idempotent on {@code idempotencyKey}: the same key returns the same refund and refunds nothing again.
     * Does nothing and returns null when {@code amountFen} is 0.
     *
     * @param reason a short machine-readable reason, e.g. CANCELLED, AFTER_SALES
     * @return the refund's id, or null when nothing was to be refunded
     */
    UUID refund(UUID orderId, long amountFen, String reason, String idempotencyKey);

    /**
     * Money of the order already promised back by refunds still in flight (requested, not yet confirmed by the
     * provider). The order counts a refund only once it succeeded, so it subtracts this before charging a
     * cancellation fee or refunding the rest.
     */
    default long pendingFen(UUID orderId) {
        return 0;
    }
}
