package io.hearth.platform.payment;

/** What a payment pays for: the whole order, or its deposit and later its balance (when the tenant enables deposits). */
public enum PaymentStage {
    FULL, DEPOSIT, BALANCE
}
