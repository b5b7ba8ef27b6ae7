package io.hearth.platform.payment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the payment APIs read and answer. */
public final class PaymentDto {

    private PaymentDto() {
    }

    public record StartPayment(@NotNull ProviderCode provider) {
    }

    public record NewRefund(@NotNull @Min(1) Long amountFen, @NotBlank @Size(max = 200) String reason) {
    }

    /** {@code outTradeNo}: the number the provider knows the payment by (for reconciliation; nothing secret). */
    public record PaymentView(UUID id, UUID orderId, PaymentStage stage, ProviderCode provider, PaymentStatus status,
            long amountFen, long refundedFen, long refundPendingFen, boolean orderRejected, String outTradeNo,
            String providerTransactionId, Instant paidAt, Instant createdAt) {

        static PaymentView of(Payment p) {
            return new PaymentView(p.id, p.orderId, p.stage, p.provider, p.status, p.amountFen, p.refundedFen,
                    p.refundPendingFen, p.orderRejected, p.outTradeNo, p.providerTransactionId, p.paidAt, p.createdAt);
        }
    }

    /** A payment ready to be paid: {@code client} is what the customer's app passes to the provider. */
    public record Started(PaymentView payment, Map<String, String> client) {
    }

    public record RefundPart(UUID id, UUID paymentId, long amountFen, RefundStatus status, String outRefundNo,
            String providerRefundId, int attempts, String lastError, Instant succeededAt, Instant failedAt) {

        static RefundPart of(Refund r) {
            return new RefundPart(r.id, r.paymentId, r.amountFen, r.status, r.outRefundNo, r.providerRefundId, r.attempts,
                    r.lastError, r.succeededAt, r.failedAt);
        }
    }

    /**
     * A refund request and its parts. {@code status}: the parts' common status, PROCESSING while any is not
     * final, PARTIALLY_FAILED when some succeeded and some failed.
     */
    public record RefundView(UUID id, UUID orderId, long amountFen, String reason, String status,
            RefundRequest.Initiator initiatedBy, String requestedBy, Instant createdAt, List<RefundPart> parts) {

        static RefundView of(RefundRequest r, List<Refund> parts, boolean withRequester) {
            return new RefundView(r.id, r.orderId, r.amountFen, r.reason, status(parts), r.initiatedBy,
                    withRequester ? r.requestedBy : null, r.createdAt, parts.stream().map(RefundPart::of).toList());
        }

        private static String status(List<Refund> parts) {
            if (parts.stream().allMatch(p -> p.status == parts.get(0).status)) {
                return parts.get(0).status.name();
            }
            if (parts.stream().anyMatch(p -> !p.status.isFinal())) {
                return RefundStatus.PROCESSING.name();
            }
            return "PARTIALLY_FAILED";
        }
    }

    public record OrderPayments(UUID orderId, String orderStatus, long totalFen, long paidFen, PaymentStage dueStage,
            long dueFen, List<PaymentView> payments, List<RefundView> refunds) {
    }
}
