package io.hearth.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The platform's order and payment DTOs ({@code /api/tenant/orders}). */
public final class OrderApi {

    private OrderApi() {
    }

    public static final List<String> STATUSES = List.of("PENDING_PAYMENT", "PENDING_DISPATCH", "ACCEPTED", "DEPARTED",
            "ARRIVED", "IN_SERVICE", "PAUSED", "COMPLETED", "CANCELLED");

    public record Summary(String id, String orderNo, String status, String customerId, String itemId, String packageId,
            Instant startAt, Instant endAt, String workerId, String cityCode, String district, String community,
            String contactName, String contactPhone, long totalFen, long paidFen, Instant createdAt) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    public record Address(String contactName, String contactPhone, String cityCode, String district, String community,
            String building, String unit, String room, String detail, String accessInstructions, double lat, double lng,
            boolean masked) {
    }

    public record Money(long totalFen, long depositFen, long paidFen, long refundedFen, long cancellationFeeFen,
            String paymentState, String dueStage, long dueFen) {
    }

    public record TimelineEntry(long id, Instant at, String actorKind, String actorId, String action, String fromStatus,
            String toStatus, String reason, JsonNode details) {
    }

    public record Detail(String id, String orderNo, String status, String customerId, String itemId, String packageId,
            int quantity, int durationMinutes, Instant startAt, Instant endAt, String workerId,
            boolean customerChoseWorker, Address address, JsonNode requirements, JsonNode lines, Money money,
            JsonNode times, JsonNode work, String cancelReason, Instant createdAt, List<TimelineEntry> timeline,
            String seriesId, Integer occurrence) {

        public boolean closed() {
            return "COMPLETED".equals(status) || "CANCELLED".equals(status);
        }
    }

    public record Cancellation(boolean allowed, String status, int feeBp, Integer stepHours, long paidFen, long feeFen,
            long refundFen, boolean waived) {
    }

    public record StaffCancelInput(String reason, boolean waiveFee) {
    }

    public record RescheduleInput(OffsetDateTime start, String reason) {
    }

    public record AssignInput(String workerId, String reason) {
    }

    public record NewRefund(Long amountFen, String reason) {
    }

    public record PaymentView(String id, String stage, String provider, String status, long amountFen,
            Instant paidAt) {
    }

    public record RefundView(String id, long amountFen, String status, String reason, Instant createdAt) {
    }

    public record OrderPayments(String orderId, String orderStatus, long totalFen, long paidFen, String dueStage,
            long dueFen, List<PaymentView> payments, List<RefundView> refunds) {
    }
}
