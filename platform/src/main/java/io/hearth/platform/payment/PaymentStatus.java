package io.hearth.platform.payment;

/**
 * {@code CREATED -> PAID -> PARTIALLY_REFUNDED -> REFUNDED} as money comes in and successful refunds give it back;
 * {@code CREATED -> CLOSED} when replaced before being paid (another provider, another amount);
 * {@code CREATED -> AMOUNT_MISMATCH} when the provider reports another amount than asked: not paid, the order is not
 * told, finance sorts it out. A notification for a payment that is no longer CREATED changes nothing.
 */
public enum PaymentStatus {
    CREATED, PAID, PARTIALLY_REFUNDED, REFUNDED, CLOSED, AMOUNT_MISMATCH;

    /** Money was received and (part of it) is still held. */
    public boolean holdsMoney() {
        return this == PAID || this == PARTIALLY_REFUNDED;
    }
}
