package io.hearth.platform.pricing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

public final class QuoteDto {

    private QuoteDto() {
    }

    /**
     * Exactly one of {@code itemId} and {@code packageId}. {@code start}: an ISO offset date-time or instant on the
     * tenant's grid. {@code workerId}: a chosen worker, or none for "any worker". {@code points}: how many points
     * to use at most (capped by the balance and the tenant's rule).
     */
    public record Request(UUID itemId, UUID packageId, @Min(1) @Max(1000) Integer quantity, @NotNull OffsetDateTime start,
            @NotNull UUID addressId, UUID workerId, @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String couponCode,
            @Min(0) @Max(100_000_000) Long points) {
    }

    /** Start and end as offset date-times in {@code zone}, the tenant's time zone. */
    public record View(UUID id, UUID itemId, UUID packageId, int quantity, UUID workerId, UUID addressId, String cityCode,
            String zone, String start, String end, int durationMinutes, List<QuoteLine> lines, long subtotalFen,
            long discountFen, long totalFen, String couponCode, long pointsUsed, Instant expiresAt, UUID orderId,
            Instant createdAt) {

        static View of(Quote q, ZoneId zone) {
            return new View(q.id, q.itemId, q.packageId, q.quantity, q.workerId, q.addressId, q.cityCode, zone.getId(),
                    q.startAt.atZone(zone).toOffsetDateTime().toString(), q.endAt.atZone(zone).toOffsetDateTime().toString(),
                    q.durationMinutes, q.lines, q.subtotalFen, q.discountFen, q.totalFen, q.couponCode, q.pointsUsed,
                    q.expiresAt, q.orderId, q.createdAt);
        }
    }
}
