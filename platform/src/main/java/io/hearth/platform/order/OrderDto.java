package io.hearth.platform.order;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.pricing.QuoteLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the order APIs. */
public final class OrderDto {

    private OrderDto() {
    }

    /** What the customer asks of the visit; stored with the order as JSON. */
    public record Requirements(
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> focusAreas,
            boolean workerBringsSupplies,
            @Size(max = 300) String productPreferences,
            @Size(max = 100) String pets,
            @Size(max = 500) String notes) {

        public Requirements {
            focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        }
    }

    public record CreateInput(@NotNull UUID quoteId, @NotNull @Valid Requirements requirements) {
    }

    public record CancelInput(@NotBlank @Size(max = 300) String reason, @PositiveOrZero Long expectedFeeFen) {
    }

    public record StaffCancelInput(@NotBlank @Size(max = 300) String reason, boolean waiveFee) {
    }

    public record RescheduleInput(@NotNull OffsetDateTime start, @Size(max = 300) String reason) {
    }

    /** {@code reason}: optional for the first worker, required (422) to change the worker. */
    public record AssignInput(@NotNull UUID workerId, @Size(max = 300) String reason) {
    }

    public record ReasonInput(@Size(max = 300) String reason) {
    }

    public record CompleteInput(@NotNull @Min(1) @Max(1440) Integer actualMinutes, @Size(max = 1000) String notes,
            @Size(max = 9) List<@NotNull UUID> photoFileIds) {
    }

    /** The address as the viewer may see it: personal parts are null when masked. */
    public record Address(String contactName, String contactPhone, String cityCode, String district, String community,
            String building, String unit, String room, String detail, String accessInstructions, double lat, double lng,
            boolean masked) {
    }

    public record Money(long totalFen, long depositFen, long paidFen, long refundedFen, long cancellationFeeFen,
            ServiceOrder.PaymentState paymentState, PaymentStage dueStage, long dueFen) {
    }

    public record Work(Integer actualMinutes, String notes, List<UUID> photoFileIds) {
    }

    public record Times(Instant paymentDeadline, Instant acceptedAt, Instant departedAt, Instant arrivedAt,
            Instant startedAt, Instant completedAt, Instant confirmedAt, Instant cancelledAt) {
    }

    public record TimelineEntry(long id, Instant at, Actor.Kind actorKind, String actorId, OrderAction action,
            OrderStatus fromStatus, OrderStatus toStatus, String reason, JsonNode details) {
    }

    public record Detail(UUID id, String orderNo, OrderStatus status, UUID customerId, UUID itemId, UUID packageId,
            int quantity, int durationMinutes, Instant startAt, Instant endAt, UUID workerId, boolean customerChoseWorker,
            Address address, Requirements requirements, List<QuoteLine> lines, Money money, Times times, Work work,
            String cancelReason, Instant createdAt, List<TimelineEntry> timeline, UUID seriesId, Integer occurrence) {
    }

    /** A row of a list: phones and addresses masked. */
    public record Summary(UUID id, String orderNo, OrderStatus status, UUID customerId, UUID itemId, UUID packageId,
            Instant startAt, Instant endAt, UUID workerId, String cityCode, String district, String community,
            String contactName, String contactPhone, long totalFen, long paidFen, Instant createdAt) {
    }

    /** {@code nextCursor}: pass it as {@code cursor} for the next page; null on the last one. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** The cancellation terms as they are now (preview) or as they were applied. */
    public record Cancellation(boolean allowed, OrderStatus status, int feeBp, Integer stepHours, long paidFen,
            long feeFen, long refundFen, boolean waived) {
    }
}
