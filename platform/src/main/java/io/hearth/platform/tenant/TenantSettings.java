package io.hearth.platform.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What each tenant decides for itself. Stored as JSON on the tenant row; later features read their
 * part (dispatch, booking, orders).
 */
public record TenantSettings(
        @NotNull DispatchMode dispatchMode,
        @Min(10) @Max(3600) int grabWindowSeconds,
        @Min(5) @Max(1440) int unpaidOrderTimeoutMinutes,
        @Min(5) @Max(240) int slotGridMinutes,
        @Min(0) @Max(10080) int minNoticeMinutes,
        @Min(1) @Max(90) int maxDaysAhead,
        @NotNull @Size(max = 10) List<@Valid CancellationFeeStep> cancellationFeeSteps,
        @Min(0) @Max(9900) int depositBp) {

    /**
     * Cancelling less than {@code withinHoursOfStart} hours before the start costs {@code feeBp}
     * basis points of the paid amount (the step with the smallest matching window wins).
     * Cancelling before the order is accepted is always free; once in service, not at all.
     */
    public record CancellationFeeStep(@Min(1) @Max(720) int withinHoursOfStart, @Min(0) @Max(10000) int feeBp) {
    }

    /**
     * {@code depositBp}: 0 = customers prepay the whole order; otherwise they pay this share (basis points,
     * half-up to the fen) when booking and the balance after the service. Settings stored before the field
     * existed read as 0.
     */
    public static TenantSettings defaults() {
        return new TenantSettings(DispatchMode.GRAB, 60, 30, 30, 120, 14,
                List.of(new CancellationFeeStep(24, 2000), new CancellationFeeStep(4, 5000)), 0);
    }
}
