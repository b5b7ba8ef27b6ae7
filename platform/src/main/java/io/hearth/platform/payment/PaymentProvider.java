package io.hearth.platform.payment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One payment provider. Calls that reach the provider ({@link #prepay}, {@link #close}, {@link #requestRefund}) run
 * outside any database transaction, in the payment's tenant ({@code TenantContext}). Notifications are verified
 * before anything is known about the tenant: {@link #verifyPaymentNotification} and
 * {@link #verifyRefundNotification} check the signature and freshness and give back what the notification says.
 */
public interface PaymentProvider {

    ProviderCode code();

    /**
     * Inside the caller's transaction, in the tenant: can this customer of this tenant pay with the provider now?
     * Throws an {@code ApiException} (422) saying why not (provider disabled or not set up, no WeChat binding).
     */
    void checkUsable(UUID customerId);

    /** Registers the payment with the provider; the answer lets the customer's app pay it. */
    Prepaid prepay(PrepayRequest request) throws ProviderException;

    /** What the customer's app needs to pay a prepaid payment (signed freshly on every call where the provider wants it). */
    Map<String, String> clientParameters(UUID paymentId, String prepayId);

    /** Closes an unpaid payment at the provider so it can no longer be paid. */
    void close(String outTradeNo) throws ProviderException;

    PaymentNotice verifyPaymentNotification(ProviderMessage message) throws NotificationRejected;

    RefundAnswer requestRefund(RefundCall call) throws ProviderException;

    RefundNotice verifyRefundNotification(ProviderMessage message) throws NotificationRejected;

    record PrepayRequest(UUID paymentId, UUID customerId, String outTradeNo, long amountFen, String description) {
    }

    record Prepaid(String prepayId, Instant expiresAt) {
    }

    /** An HTTP request from the provider: headers with lower-case names, and the exact body. */
    record ProviderMessage(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A verified payment notification.
     *
     * @param tenantId  the tenant the provider's credentials belong to, when verifying needed them (null for the sandbox)
     * @param succeeded whether it reports money received (other states change nothing)
     * @param summary   what it said, for the audit log: no keys, no payer identity
     */
    record PaymentNotice(UUID tenantId, String outTradeNo, String transactionId, long amountFen, boolean succeeded,
            Instant paidAt, Map<String, Object> summary) {
    }

    record RefundCall(UUID refundId, String outRefundNo, String outTradeNo, String transactionId, long refundFen,
            long paymentFen, String reason) {
    }

    /** The provider's answer to a refund request: accepted (result to follow by notification), done, or refused. */
    record RefundAnswer(Result result, String providerRefundId, String detail) {

        public enum Result {
            ACCEPTED, SUCCEEDED, FAILED
        }
    }

    record RefundNotice(UUID tenantId, String outRefundNo, String providerRefundId, long refundFen, boolean succeeded,
            String providerStatus, Map<String, Object> summary) {
    }
}
