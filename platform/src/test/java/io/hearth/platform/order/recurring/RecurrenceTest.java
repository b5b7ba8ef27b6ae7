package io.hearth.platform.order.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static List<String> local(List<ZonedDateTime> starts) {
        return starts.stream().map(z -> z.toLocalDateTime().toString()).toList();
    }

    @Test
    void weeklyForACount() {
        var r = new Recurrence(Frequency.WEEKLY, LocalDateTime.parse("2026-12-28T09:00"), 3, null);
        assertEquals(List.of("2026-12-28T09:00", "2027-01-04T09:00", "2027-01-11T09:00"), local(r.starts(SHANGHAI)));
    }

    @Test
    void everyTwoWeeksUntilADateIncludesThatDate() {
        var r = new Recurrence(Frequency.BIWEEKLY, LocalDateTime.parse("2026-11-02T14:30"), null,
                LocalDate.parse("2026-11-30"));
        assertEquals(List.of("2026-11-02T14:30", "2026-11-16T14:30", "2026-11-30T14:30"), local(r.starts(SHANGHAI)));
    }

    @Test
    void monthlyOnThe31stUsesTheLastDayOfShortMonthsAndComesBack() {
        var r = new Recurrence(Frequency.MONTHLY, LocalDateTime.parse("2027-01-31T10:00"), 4, null);
        assertEquals(List.of("2027-01-31T10:00", "2027-02-28T10:00", "2027-03-31T10:00", "2027-04-30T10:00"),
                local(r.starts(SHANGHAI)));
    }

    @Test
    void monthlyOnThe29thInALeapYear() {
        var r = new Recurrence(Frequency.MONTHLY, LocalDateTime.parse("2028-01-29T10:00"), 3, null);
        assertEquals(List.of("2028-01-29T10:00", "2028-02-29T10:00", "2028-03-29T10:00"), local(r.starts(SHANGHAI)));
    }

    @Test
    void keepsTheWallClockTimeAcrossDaylightSavingChanges() {
        var r = new Recurrence(Frequency.WEEKLY, LocalDateTime.parse("2027-03-21T09:00"), 2, null);
        List<ZonedDateTime> starts = r.starts(BERLIN);
        assertEquals("2027-03-21T09:00+01:00[Europe/Berlin]", starts.get(0).toString());
        assertEquals("2027-03-28T09:00+02:00[Europe/Berlin]", starts.get(1).toString());
    }

    @Test
    void aTimeInTheDaylightSavingGapMovesForward() {
        var r = new Recurrence(Frequency.WEEKLY, LocalDateTime.parse("2027-03-21T02:30"), 2, null);
        assertEquals("2027-03-28T03:30+02:00[Europe/Berlin]", r.starts(BERLIN).get(1).toString());
    }

    @Test
    void neverMoreThanTheMaximum() {
        var r = new Recurrence(Frequency.WEEKLY, LocalDateTime.parse("2026-12-01T09:00"), null,
                LocalDate.parse("2029-12-01"));
        assertEquals(Recurrence.MAX_OCCURRENCES, r.starts(SHANGHAI).size());
        assertTrue(r.truncated());
        assertFalse(new Recurrence(Frequency.WEEKLY, LocalDateTime.parse("2026-12-01T09:00"), 52, null).truncated());
    }

    @Test
    void refusesContradictoryInput() {
        LocalDateTime start = LocalDateTime.parse("2026-12-01T09:00");
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, start, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Recurrence(Frequency.WEEKLY, start, 2, LocalDate.parse("2026-12-31")));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, start, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, start, 53, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Recurrence(Frequency.MONTHLY, start, null, LocalDate.parse("2026-11-30")));
    }
}
