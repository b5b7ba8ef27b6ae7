package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.tenant.TenantSettings.MonitorRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Pure: when an order in trouble becomes an alert, and whether an order's current state still shows the trouble.
 * An alert is due at its threshold and after it ({@code now >= threshold}); one second before, not.
 * <ul>
 * <li>UNACCEPTED: dispatchable since {@code episode} (the order's last entry into PENDING_DISPATCH: paid, created
 * free of charge, or sent back to dispatch) + {@code unacceptedMinutes};</li>
 * <li>NOT_DEPARTED: start − {@code departLeadMinutes};</li>
 * <li>LATE_ARRIVAL: start + {@code lateArrivalMinutes};</li>
 * <li>OVERRUN: service start + duration × (100 + {@code overrunPercent}) / 100 (to the second).</li>
 * </ul>
 */
public final class MonitorThresholds {

    /** The order states in which each kind is watched (and which keep an alert of that kind unresolved). */
    public static Set<String> watchedStates(AlertKind kind) {
        return switch (kind) {
            case UNACCEPTED -> Set.of("PENDING_DISPATCH");
            case NOT_DEPARTED -> Set.of("ACCEPTED");
            case LATE_ARRIVAL -> Set.of("ACCEPTED", "DEPARTED");
            case OVERRUN -> Set.of("IN_SERVICE", "PAUSED");
            case COMPLAINT -> Set.of();
        };
    }

    private MonitorThresholds() {
    }

    /** {@code episode}: dispatchable since (UNACCEPTED), the start (NOT_DEPARTED, LATE_ARRIVAL), the service start (OVERRUN). */
    public static Instant threshold(AlertKind kind, MonitorRules rules, Instant episode, int durationMinutes) {
        return switch (kind) {
            case UNACCEPTED -> episode.plus(Duration.ofMinutes(rules.unacceptedMinutes()));
            case NOT_DEPARTED -> episode.minus(Duration.ofMinutes(rules.departLeadMinutes()));
            case LATE_ARRIVAL -> episode.plus(Duration.ofMinutes(rules.lateArrivalMinutes()));
            case OVERRUN -> episode.plusSeconds((long) durationMinutes * 60L * (100 + rules.overrunPercent()) / 100);
            case COMPLAINT -> throw new IllegalArgumentException("complaints are filed, not detected");
        };
    }

    public static boolean due(Instant now, Instant threshold) {
        return !now.isBefore(threshold);
    }

    /**
     * Whether an unresolved alert still describes the order: its state is still watched for the kind, and for
     * NOT_DEPARTED / LATE_ARRIVAL the start is still the one the alert was raised for (a reschedule clears them;
     * the next scan raises a new one if the new start is late too). COMPLAINT alerts are not cleared by the order.
     */
    public static boolean stillHolds(AlertKind kind, String status, Instant startAt, Instant episode) {
        if (kind == AlertKind.COMPLAINT) {
            return true;
        }
        if (!watchedStates(kind).contains(status)) {
            return false;
        }
        return switch (kind) {
            case NOT_DEPARTED, LATE_ARRIVAL -> startAt.equals(episode);
            default -> true;
        };
    }
}
