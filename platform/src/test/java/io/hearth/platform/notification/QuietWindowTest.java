package io.hearth.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.tenant.TenantSettings.QuietHours;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietWindowTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final QuietHours NIGHT = new QuietHours(true, 22 * 60, 8 * 60);

    @Test
    void outsideTheWindowAtOnce() {
        Instant noon = Instant.parse("2026-11-23T04:00:00Z"); // 12:00 local
        assertEquals(noon, QuietWindow.notBefore(noon, SHANGHAI, NIGHT));
    }

    @Test
    void lateEveningWaitsUntilTomorrowMorning() {
        Instant late = Instant.parse("2026-11-23T15:30:00Z"); // 23:30 local
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), QuietWindow.notBefore(late, SHANGHAI, NIGHT)); // 08:00 local
    }

    @Test
    void earlyMorningWaitsUntilTheSameMorning() {
        Instant early = Instant.parse("2026-11-22T19:00:00Z"); // 03:00 local on the 23rd
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), QuietWindow.notBefore(early, SHANGHAI, NIGHT));
    }

    @Test
    void aDaytimeWindowAndDisabledHours() {
        QuietHours lunch = new QuietHours(true, 12 * 60, 14 * 60);
        Instant oneThirty = Instant.parse("2026-11-23T05:30:00Z"); // 13:30 local
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), QuietWindow.notBefore(oneThirty, SHANGHAI, lunch));
        assertEquals(oneThirty, QuietWindow.notBefore(oneThirty, SHANGHAI, new QuietHours(false, 12 * 60, 14 * 60)));
    }
}
