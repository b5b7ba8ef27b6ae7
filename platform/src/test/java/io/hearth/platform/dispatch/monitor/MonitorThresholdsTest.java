package io.hearth.platform.dispatch.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.tenant.TenantSettings.MonitorRules;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonitorThresholdsTest {

    static final MonitorRules RULES = new MonitorRules(15, 30, 10, 50);
    static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void eachKindsThresholdFollowsItsRule() {
        assertEquals(Instant.parse("2026-03-01T09:15:00Z"), MonitorThresholds.threshold(AlertKind.UNACCEPTED, RULES, T, 120));
        assertEquals(Instant.parse("2026-03-01T08:30:00Z"), MonitorThresholds.threshold(AlertKind.NOT_DEPARTED, RULES, T, 120));
        assertEquals(Instant.parse("2026-03-01T09:10:00Z"), MonitorThresholds.threshold(AlertKind.LATE_ARRIVAL, RULES, T, 120));
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), MonitorThresholds.threshold(AlertKind.OVERRUN, RULES, T, 120));
        // 45 minutes × 1.5 = 67.5 minutes, to the second
        assertEquals(Instant.parse("2026-03-01T10:07:30Z"), MonitorThresholds.threshold(AlertKind.OVERRUN, RULES, T, 45));
        assertThrows(IllegalArgumentException.class, () -> MonitorThresholds.threshold(AlertKind.COMPLAINT, RULES, T, 1));
    }

    @Test
    void dueAtTheThresholdNotASecondBefore() {
        assertTrue(MonitorThresholds.due(T, T));
        assertTrue(MonitorThresholds.due(T.plusSeconds(1), T));
        assertFalse(MonitorThresholds.due(T.minusSeconds(1), T));
    }

    @Test
    void anAlertHoldsWhileTheOrderStaysInAWatchedStateWithTheSameStart() {
        assertTrue(MonitorThresholds.stillHolds(AlertKind.UNACCEPTED, "PENDING_DISPATCH", T, T.minusSeconds(60)));
        assertFalse(MonitorThresholds.stillHolds(AlertKind.UNACCEPTED, "ACCEPTED", T, T));
        assertTrue(MonitorThresholds.stillHolds(AlertKind.NOT_DEPARTED, "ACCEPTED", T, T));
        assertFalse(MonitorThresholds.stillHolds(AlertKind.NOT_DEPARTED, "ACCEPTED", T.plusSeconds(3600), T));
        assertFalse(MonitorThresholds.stillHolds(AlertKind.NOT_DEPARTED, "DEPARTED", T, T));
        assertTrue(MonitorThresholds.stillHolds(AlertKind.LATE_ARRIVAL, "DEPARTED", T, T));
        assertFalse(MonitorThresholds.stillHolds(AlertKind.LATE_ARRIVAL, "ARRIVED", T, T));
        assertTrue(MonitorThresholds.stillHolds(AlertKind.OVERRUN, "PAUSED", T, T));
        assertFalse(MonitorThresholds.stillHolds(AlertKind.OVERRUN, "COMPLETED", T, T));
        assertTrue(MonitorThresholds.stillHolds(AlertKind.COMPLAINT, "CANCELLED", T, T));
    }
}
