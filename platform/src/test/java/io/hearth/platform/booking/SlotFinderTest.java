package io.hearth.platform.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.booking.SlotFinder.Booked;
import io.hearth.platform.booking.SlotFinder.Candidate;
import io.hearth.platform.booking.SlotFinder.DatedException;
import io.hearth.platform.booking.SlotFinder.Rules;
import io.hearth.platform.booking.SlotFinder.Slot;
import io.hearth.platform.booking.SlotFinder.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate SUNDAY = LocalDate.of(2026, 3, 1);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = at(SUNDAY, "00:00", SHANGHAI);
    static final Rules RULES = new Rules(SHANGHAI, 30, 0, 14, 30);

    static Instant at(LocalDate d, String time, ZoneId zone) {
        return LocalDateTime.of(d, java.time.LocalTime.parse(time)).atZone(zone).toInstant();
    }

    static int m(String hhmm) {
        return java.time.LocalTime.parse(hhmm).toSecondOfDay() / 60;
    }

    static Window w(int weekday, String start, String end) {
        return new Window(weekday, m(start), end.equals("24:00") ? 1440 : m(end));
    }

    static Candidate worker(UUID id, List<Window> windows) {
        return new Candidate(id, windows, List.of(), List.of());
    }

    static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> s.start().atZoneSameInstant(zone).toLocalDateTime().toString()).toList();
    }

    @Test
    void twoWorkersSameWindowGiveCountsOnTheGrid() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Slot> slots = SlotFinder.find(RULES, MONDAY, MONDAY, 120, NOW,
                List.of(worker(a, List.of(w(1, "09:00", "12:00"))), worker(b, List.of(w(1, "10:00", "13:00")))));
        assertEquals(List.of("2026-03-02T09:00", "2026-03-02T09:30", "2026-03-02T10:00", "2026-03-02T10:30",
                "2026-03-02T11:00"), localStarts(slots, SHANGHAI));
        assertEquals(List.of(1, 1, 2, 1, 1), slots.stream().map(Slot::freeCount).toList());
        assertEquals(Set.of(a, b), slots.get(2).freeWorkers());
        assertEquals(Set.of(b), slots.get(4).freeWorkers());
    }

    @Test
    void startsCarryTheTenantsOffsetWithoutDst() {
        List<Slot> slots = SlotFinder.find(RULES, MONDAY, MONDAY, 60, NOW,
                List.of(worker(UUID.randomUUID(), List.of(w(1, "09:00", "10:00")))));
        assertEquals(1, slots.size());
        assertEquals(OffsetDateTime.parse("2026-03-02T09:00+08:00"), slots.get(0).start());
        assertEquals(Instant.parse("2026-03-02T01:00:00Z"), slots.get(0).start().toInstant());
        // Summer: still +08:00 in Shanghai.
        LocalDate julyMonday = LocalDate.of(2026, 7, 6);
        List<Slot> july = SlotFinder.find(new Rules(SHANGHAI, 30, 0, 200, 0), julyMonday, julyMonday, 60, NOW,
                List.of(worker(UUID.randomUUID(), List.of(w(1, "09:00", "10:00")))));
        assertEquals(OffsetDateTime.parse("2026-07-06T09:00+08:00"), july.get(0).start());
    }

    @Test
    void bookingsBlockWithTravelBufferBeforeAndAfterAndTouchingIsFine() {
        UUID a = UUID.randomUUID();
        Candidate c = new Candidate(a, List.of(w(1, "08:00", "20:00")), List.of(),
                List.of(new Booked(at(MONDAY, "14:00", SHANGHAI), at(MONDAY, "16:00", SHANGHAI))));
        List<String> starts = localStarts(SlotFinder.find(RULES, MONDAY, MONDAY, 60, NOW, List.of(c)), SHANGHAI);
        assertTrue(starts.contains("2026-03-02T12:30")); // ends 13:30 = buffer start: touching
        assertTrue(!starts.contains("2026-03-02T13:00"));
        assertTrue(!starts.contains("2026-03-02T14:00"));
        assertTrue(!starts.contains("2026-03-02T16:00")); // inside the buffer after
        assertTrue(starts.contains("2026-03-02T16:30"));
        assertEquals(24 - 8, starts.size()); // 08:00..19:00 = 23 starts, minus 13:00..16:00 = 7 → 16

        List<String> noBuffer = localStarts(SlotFinder.find(new Rules(SHANGHAI, 30, 0, 14, 0), MONDAY, MONDAY, 60, NOW,
                List.of(c)), SHANGHAI);
        assertTrue(noBuffer.contains("2026-03-02T13:00"));
        assertTrue(noBuffer.contains("2026-03-02T16:00"));
        assertTrue(!noBuffer.contains("2026-03-02T13:30"));
    }

    @Test
    void dayOffRemovesTheDayExtraHoursAddAWindowPartialDayOffRemovesHours() {
        UUID a = UUID.randomUUID();
        LocalDate tuesday = MONDAY.plusDays(1);
        Candidate c = new Candidate(a, List.of(w(1, "09:00", "11:00"), w(2, "09:00", "12:00")),
                List.of(DatedException.dayOff(MONDAY), DatedException.extraHours(SUNDAY, m("18:00"), m("19:00")),
                        new DatedException(tuesday, SlotFinder.Kind.DAY_OFF, m("10:00"), m("11:00"))),
                List.of());
        List<String> starts = localStarts(SlotFinder.find(RULES, SUNDAY, tuesday, 60, NOW, List.of(c)), SHANGHAI);
        assertEquals(List.of("2026-03-01T18:00", "2026-03-03T09:00", "2026-03-03T11:00"), starts);
    }

    @Test
    void extraHoursAdjoiningAWindowJoinIt() {
        Candidate c = new Candidate(UUID.randomUUID(), List.of(w(1, "09:00", "10:00")),
                List.of(DatedException.extraHours(MONDAY, m("10:00"), m("11:00"))), List.of());
        assertEquals(List.of("2026-03-02T09:00"),
                localStarts(SlotFinder.find(RULES, MONDAY, MONDAY, 120, NOW, List.of(c)), SHANGHAI));
    }

    @Test
    void minimumNoticeDropsEarlyStarts() {
        Instant now = at(MONDAY, "09:10", SHANGHAI);
        List<Slot> slots = SlotFinder.find(new Rules(SHANGHAI, 30, 120, 14, 30), MONDAY, MONDAY, 60, now,
                List.of(worker(UUID.randomUUID(), List.of(w(1, "09:00", "14:00")))));
        assertEquals(List.of("2026-03-02T11:30", "2026-03-02T12:00", "2026-03-02T12:30", "2026-03-02T13:00"),
                localStarts(slots, SHANGHAI));
    }

    @Test
    void maxDaysAheadCutsTheRangeInTheTenantsDate() {
        Candidate every = worker(UUID.randomUUID(), List.of(w(1, "09:00", "10:00"), w(2, "09:00", "10:00"),
                w(3, "09:00", "10:00"), w(4, "09:00", "10:00"), w(7, "09:00", "10:00")));
        // 2026-02-28T17:00Z is already Sunday 01:00 in Shanghai: today = Sunday, +2 days = Tuesday.
        Instant now = Instant.parse("2026-02-28T17:00:00Z");
        List<Slot> slots = SlotFinder.find(new Rules(SHANGHAI, 60, 0, 2, 0), SUNDAY, SUNDAY.plusDays(10), 60, now,
                List.of(every));
        assertEquals(List.of("2026-03-01T09:00", "2026-03-02T09:00", "2026-03-03T09:00"), localStarts(slots, SHANGHAI));
        assertEquals(List.of(), SlotFinder.find(new Rules(SHANGHAI, 60, 0, 2, 0), SUNDAY.plusDays(5),
                SUNDAY.plusDays(6), 60, now, List.of(every)));
    }

    @Test
    void windowsAcrossMidnightAndMonthEndJoin() {
        LocalDate tuesday31 = LocalDate.of(2026, 3, 31);
        Candidate c = worker(UUID.randomUUID(), List.of(w(2, "23:00", "24:00"), w(3, "00:00", "01:00")));
        List<Slot> slots = SlotFinder.find(new Rules(SHANGHAI, 60, 0, 60, 0), tuesday31, tuesday31.plusDays(1), 120,
                NOW, List.of(c));
        assertEquals(List.of("2026-03-31T23:00"), localStarts(slots, SHANGHAI));
        // February end in a non-leap year: Saturday 28th, then Sunday 1 March.
        Candidate weekend = worker(UUID.randomUUID(), List.of(w(6, "22:00", "24:00"), w(7, "00:00", "02:00")));
        Instant before = at(LocalDate.of(2026, 2, 27), "00:00", SHANGHAI);
        List<Slot> feb = SlotFinder.find(new Rules(SHANGHAI, 60, 0, 14, 0), LocalDate.of(2026, 2, 28), SUNDAY, 180,
                before, List.of(weekend));
        assertEquals(List.of("2026-02-28T22:00", "2026-02-28T23:00"), localStarts(feb, SHANGHAI));
    }

    @Test
    void dstGapWallTimesAreNotOfferedAndDurationIsElapsedTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate springForward = LocalDate.of(2026, 3, 29); // Sunday, 02:00 → 03:00
        Instant now = at(LocalDate.of(2026, 3, 20), "00:00", berlin);
        List<Slot> slots = SlotFinder.find(new Rules(berlin, 60, 0, 14, 0), springForward, springForward, 60, now,
                List.of(worker(UUID.randomUUID(), List.of(w(7, "01:00", "05:00")))));
        assertEquals(List.of(OffsetDateTime.parse("2026-03-29T01:00+01:00"), OffsetDateTime.parse("2026-03-29T03:00+02:00"),
                OffsetDateTime.parse("2026-03-29T04:00+02:00")), slots.stream().map(Slot::start).toList());
    }

    @Test
    void ineligibleDatesOfferNothing() {
        LocalDate tuesday = MONDAY.plusDays(1);
        UUID a = UUID.randomUUID();
        Candidate c = new Candidate(a, List.of(w(1, "09:00", "10:00"), w(2, "09:00", "10:00")), List.of(), List.of(),
                d -> !d.isAfter(MONDAY)); // certificate expires on Monday
        assertEquals(List.of("2026-03-02T09:00"),
                localStarts(SlotFinder.find(RULES, MONDAY, tuesday, 60, NOW, List.of(c)), SHANGHAI));
    }

    @Test
    void chosenWorkerStartsAndNoCandidates() {
        UUID a = UUID.randomUUID();
        List<OffsetDateTime> starts = SlotFinder.startsOf(RULES, MONDAY, MONDAY, 60, NOW,
                worker(a, List.of(w(1, "09:00", "10:30"))));
        assertEquals(List.of(OffsetDateTime.parse("2026-03-02T09:00+08:00"), OffsetDateTime.parse("2026-03-02T09:30+08:00")),
                starts);
        assertEquals(List.of(), SlotFinder.find(RULES, MONDAY, MONDAY, 60, NOW, List.of()));
        assertEquals(List.of(), SlotFinder.find(RULES, MONDAY, SUNDAY, 60, NOW,
                List.of(worker(a, List.of(w(1, "09:00", "10:30"))))));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Window(8, 0, 60));
        assertThrows(IllegalArgumentException.class, () -> new Window(1, 60, 60));
        assertThrows(IllegalArgumentException.class, () -> new DatedException(MONDAY, SlotFinder.Kind.EXTRA_HOURS, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Booked(NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> SlotFinder.find(RULES, MONDAY, MONDAY, 0, NOW, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Rules(SHANGHAI, 0, 0, 1, 0));
        assertEquals(Set.of(), Set.of().stream().collect(Collectors.toSet()));
    }
}
