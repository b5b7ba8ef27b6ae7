package io.hearth.platform.tracking;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Tracking requests and answers. */
public final class TrackingDto {

    private TrackingDto() {
    }

    /**
     * A worker's position: WGS-84 degrees (latitude within ±85.05112878, what Redis GEO stores), accuracy in metres,
     * when it was taken (default: now).
     */
    public record PositionInput(
            @NotNull @DecimalMin("-85.05112878") @DecimalMax("85.05112878") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
            @DecimalMin("0") @DecimalMax("100000") Double accuracyM,
            OffsetDateTime at) {
    }

    /** The accepted position. */
    public record Accepted(double lat, double lng, Instant at) {
    }

    /** The worker's position as a customer sees it. */
    public record Position(double lat, double lng, Instant at) {
    }

    /** Tracking of a customer's order on the way: position null when the worker's phone has not reported lately. */
    public record OrderTracking(UUID orderId, String status, UUID workerId, Position position, Long distanceMeters,
            Integer etaMinutes) {
    }
}
