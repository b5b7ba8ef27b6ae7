package io.hearth.platform.payment;

/**
 * {@code PENDING} (written, not yet accepted by the provider: the refund worker sends it) {@code -> PROCESSING}
 * (accepted, result to come) {@code -> SUCCEEDED | FAILED}. A provider notification may take PENDING straight to
 * a result (it can overtake the provider's answer). SUCCEEDED and FAILED never change again.
 */
public enum RefundStatus {
    PENDING, PROCESSING, SUCCEEDED, FAILED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
