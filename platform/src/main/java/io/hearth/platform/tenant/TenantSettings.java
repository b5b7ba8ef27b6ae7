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
        @Min(0) @Max(9900) int depositBp,
        @Valid DispatchRules dispatchRules,
        @Valid MonitorRules monitorRules,
        @Valid QuietHours quietHours) {

    /**
     * How dispatch finds and offers workers (DESIGN.md §6). {@code radiusKm}: first search radius around the address;
     * {@code fallbackRadiusKm}: the wider radius tried when nobody grabbed (or AUTO found nobody) before the order
     * falls to manual dispatch; {@code maxConcurrentOrders}: a worker holding this many open orders (assigned, not yet
     * completed) is not offered more; {@code fallbackTimeoutSeconds}: how long the wider round waits before giving
     * the order to the dispatchers; {@code offerLimit}: at most this many workers are offered one order at once;
     * {@code positionMaxAgeSeconds}: a position older than this does not count.
     */
    public record DispatchRules(@Min(1) @Max(100) int radiusKm, @Min(1) @Max(200) int fallbackRadiusKm,
            @Min(1) @Max(20) int maxConcurrentOrders, @Min(10) @Max(7200) int fallbackTimeoutSeconds,
            @Min(1) @Max(200) int offerLimit, @Min(30) @Max(86400) int positionMaxAgeSeconds) {

        public static DispatchRules defaults() {
            return new DispatchRules(5, 15, 3, 300, 30, 900);
        }
    }

    /**
     * When the exception monitor raises alerts (minutes): unaccepted this long after it became dispatchable; not
     * departed by start − {@code departLeadMinutes}; not arrived by start + {@code lateArrivalMinutes}; in service
     * longer than the expected duration × (100 + {@code overrunPercent}) / 100.
     */
    public record MonitorRules(@Min(1) @Max(1440) int unacceptedMinutes, @Min(0) @Max(600) int departLeadMinutes,
            @Min(0) @Max(600) int lateArrivalMinutes, @Min(0) @Max(1000) int overrunPercent) {

        public static MonitorRules defaults() {
            return new MonitorRules(15, 30, 15, 50);
        }
    }

    /**
     * Local wall-clock minutes (tenant time zone) during which SMS and WeChat notifications wait until the end
     * ({@code startMinute} may be after {@code endMinute}: the window runs past midnight). In-app notifications are
     * stored at once. {@code enabled=false}: no quiet hours.
     */
    public record QuietHours(boolean enabled, @Min(0) @Max(1439) int startMinute, @Min(0) @Max(1439) int endMinute) {

        public static QuietHours defaults() {
            return new QuietHours(true, 22 * 60, 8 * 60);
        }
    }

    public TenantSettings withDepositBp(int bp) {
        return new TenantSettings(dispatchMode, grabWindowSeconds, unpaidOrderTimeoutMinutes, slotGridMinutes,
                minNoticeMinutes, maxDaysAhead, cancellationFeeSteps, bp, dispatchRules, monitorRules, quietHours);
    }

    public TenantSettings withDispatch(DispatchMode mode, int grabWindow, DispatchRules rules) {
        return new TenantSettings(mode, grabWindow, unpaidOrderTimeoutMinutes, slotGridMinutes, minNoticeMinutes,
                maxDaysAhead, cancellationFeeSteps, depositBp, rules, monitorRules, quietHours);
    }

    public TenantSettings withMonitorRules(MonitorRules rules) {
        return new TenantSettings(dispatchMode, grabWindowSeconds, unpaidOrderTimeoutMinutes, slotGridMinutes,
                minNoticeMinutes, maxDaysAhead, cancellationFeeSteps, depositBp, dispatchRules, rules, quietHours);
    }

    public TenantSettings withQuietHours(QuietHours quiet) {
        return new TenantSettings(dispatchMode, grabWindowSeconds, unpaidOrderTimeoutMinutes, slotGridMinutes,
                minNoticeMinutes, maxDaysAhead, cancellationFeeSteps, depositBp, dispatchRules, monitorRules, quiet);
    }

    /** Settings stored before these fields existed read as the defaults. */
    @Override
    public DispatchRules dispatchRules() {
        return dispatchRules == null ? DispatchRules.defaults() : dispatchRules;
    }

    @Override
    public MonitorRules monitorRules() {
        return monitorRules == null ? MonitorRules.defaults() : monitorRules;
    }

    @Override
    public QuietHours quietHours() {
        return quietHours == null ? QuietHours.defaults() : quietHours;
    }

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
                List.of(new CancellationFeeStep(24, 2000), new CancellationFeeStep(4, 5000)), 0,
                DispatchRules.defaults(), MonitorRules.defaults(), QuietHours.defaults());
    }
}
