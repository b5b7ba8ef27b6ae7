package io.hearth.platform.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hearth.platform.shared.web.ApiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatsRangeTest {

    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    @Test
    void withoutDatesItIsThisWeekFromMondayToToday() {
        assertEquals(new StatsRange(LocalDate.of(2026, 11, 16), SUNDAY), StatsRange.of(null, " ", SUNDAY));
        assertEquals(new StatsRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)),
                StatsRange.of(null, null, LocalDate.of(2026, 11, 23)));
        assertEquals(7, StatsRange.of(null, null, SUNDAY).days().size());
    }

    @Test
    void onlyToStartsOnThatWeeksMondayAndOnlyFromEndsToday() {
        assertEquals(new StatsRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4)),
                StatsRange.of(null, "2026-03-04", SUNDAY));
        assertEquals(new StatsRange(LocalDate.of(2026, 11, 1), SUNDAY), StatsRange.of("2026-11-01", null, SUNDAY));
    }

    @Test
    void ninetyTwoDaysAtMostBothEndsCounted() {
        assertEquals(92, StatsRange.of("2026-01-01", "2026-04-02", SUNDAY).days().size());
        ApiException tooLong = assertThrows(ApiException.class, () -> StatsRange.of("2026-01-01", "2026-04-03", SUNDAY));
        assertEquals(422, tooLong.status());
        assertEquals("stats-range-too-long", tooLong.messageKey());
        assertEquals(93L, tooLong.args()[1]);
    }

    @Test
    void reversedAndMalformedDatesAreRefused() {
        ApiException reversed = assertThrows(ApiException.class, () -> StatsRange.of("2026-03-04", "2026-03-03", SUNDAY));
        assertEquals("stats-range-reversed", reversed.messageKey());
        assertEquals(422, reversed.status());
        ApiException future = assertThrows(ApiException.class, () -> StatsRange.of("2026-12-01", null, SUNDAY));
        assertEquals("stats-range-reversed", future.messageKey());
        ApiException bad = assertThrows(ApiException.class, () -> StatsRange.of("2026-02-30", null, SUNDAY));
        assertEquals(400, bad.status());
        assertEquals("stats-date-invalid", bad.messageKey());
        assertEquals("from", bad.args()[0]);
    }
}
