package io.hearth.platform.order.recurring;

import io.hearth.platform.order.OrderDto;
import io.hearth.platform.order.OrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class SeriesDto {

    private SeriesDto() {
    }

    /**
     * A recurring booking: the first occurrence's start, then {@code frequency}, for {@code count} occurrences or
     * until {@code until} (exactly one of the two). Coupons and points apply to single bookings only.
     */
    public record CreateInput(UUID itemId, UUID packageId, @Min(1) @Max(1000) Integer quantity,
            @NotNull OffsetDateTime start, @NotNull UUID addressId, UUID workerId, @NotNull Frequency frequency,
            @Min(1) @Max(Recurrence.MAX_OCCURRENCES) Integer count, LocalDate until,
            @NotNull @Valid OrderDto.Requirements requirements) {
    }

    public record Occurrence(int number, UUID orderId, String orderNo, OrderStatus status, Instant startAt,
            Instant endAt, UUID workerId, long totalFen, long paidFen, Instant paymentDeadline) {
    }

    public record View(UUID id, UUID customerId, Frequency frequency, Instant firstStart, String zone, Integer count,
            LocalDate until, UUID itemId, UUID packageId, int quantity, UUID workerId, UUID addressId,
            OrderSeries.Status status, String cancelReason, Instant cancelledAt, Instant createdAt,
            long totalFen, List<Occurrence> occurrences) {
    }

    /** What cancelling would do to one occurrence (only those not yet under way are cancelled). */
    public record OccurrenceCancellation(int number, UUID orderId, OrderStatus status, boolean cancellable,
            long feeFen, long refundFen) {
    }

    public record Cancellation(UUID seriesId, long feeFen, long refundFen, List<OccurrenceCancellation> occurrences) {
    }

    public record CancelInput(@NotBlank @Size(max = 300) String reason, @PositiveOrZero Long expectedFeeFen) {
    }

    public record StaffCancelInput(@NotBlank @Size(max = 300) String reason, boolean waiveFee) {
    }

    public record SkipInput(@Size(max = 300) String reason, @PositiveOrZero Long expectedFeeFen) {
    }
}
