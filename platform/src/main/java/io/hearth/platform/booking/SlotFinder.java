package io.hearth.platform.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Free start times on the tenant's grid (DESIGN.md §5), pure: no framework, no database, no clock.
 * <p>
 * A worker is free for {@code [start, start + duration)} when that interval lies inside their availability
 * (weekly windows of the day, plus EXTRA_HOURS, minus DAY_OFF; consecutive intervals merged, so a window
 * running to midnight continues into the next day's window from 00:00) and keeps the travel buffer clear of
 * every booking: a booking {@code [b, e)} blocks {@code [b - buffer, e + buffer)}, touching is fine.
 * <p>
 * Grid starts are wall-clock times of the tenant's zone (00:00, 00:30, … for a 30-minute grid); a wall time
 * a DST gap skips does not exist and is not offered. The duration is elapsed time. Starts earlier than
 * {@code now + minNotice} and dates after {@code today + maxDaysAhead} (today in the tenant's zone) are
 * never offered. Only starts with at least one free worker are answered, in time order.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /** The tenant's booking rules; {@code travelBufferMinutes} applies before and after each booking. */
    public record Rules(ZoneId zone, int gridMinutes, int minNoticeMinutes, int maxDaysAhead, int travelBufferMinutes) {
        public Rules {
            Objects.requireNonNull(zone, "zone");
            if (gridMinutes < 1 || gridMinutes > 1440) {
                throw new IllegalArgumentException("grid minutes " + gridMinutes);
            }
            if (minNoticeMinutes < 0 || maxDaysAhead < 0 || travelBufferMinutes < 0) {
                throw new IllegalArgumentException("negative rule");
            }
        }
    }

    /** A weekly window: ISO weekday (1 = Monday), minutes of the day {@code [startMinute, endMinute)}, end ≤ 1440. */
    public record Window(int weekday, int startMinute, int endMinute) {
        public Window {
            if (weekday < 1 || weekday > 7 || startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
                throw new IllegalArgumentException("bad window " + weekday + " " + startMinute + "-" + endMinute);
            }
        }
    }

    public enum Kind {
        DAY_OFF, EXTRA_HOURS
    }

    /** A dated exception. DAY_OFF without minutes = the whole day; with minutes = those hours off. */
    public record DatedException(LocalDate date, Kind kind, Integer startMinute, Integer endMinute) {
        public DatedException {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            if ((startMinute == null) != (endMinute == null)) {
                throw new IllegalArgumentException("both minutes or none");
            }
            if (kind == Kind.EXTRA_HOURS && startMinute == null) {
                throw new IllegalArgumentException("EXTRA_HOURS needs minutes");
            }
            if (startMinute != null && (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute)) {
                throw new IllegalArgumentException("bad minutes " + startMinute + "-" + endMinute);
            }
        }

        public static DatedException dayOff(LocalDate date) {
            return new DatedException(date, Kind.DAY_OFF, null, null);
        }

        public static DatedException extraHours(LocalDate date, int startMinute, int endMinute) {
            return new DatedException(date, Kind.EXTRA_HOURS, startMinute, endMinute);
        }
    }

    /** A booked interval {@code [start, end)}. */
    public record Booked(Instant start, Instant end) {
        public Booked {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("empty booking");
            }
        }
    }

    /** A candidate worker. {@code eligibleOn}: whether they may work on a date (certificates still valid). */
    public record Candidate(UUID workerId, List<Window> windows, List<DatedException> exceptions, List<Booked> bookings,
            Predicate<LocalDate> eligibleOn) {
        public Candidate {
            Objects.requireNonNull(workerId);
            windows = List.copyOf(windows);
            exceptions = List.copyOf(exceptions);
            bookings = List.copyOf(bookings);
            eligibleOn = eligibleOn == null ? d -> true : eligibleOn;
        }

        public Candidate(UUID workerId, List<Window> windows, List<DatedException> exceptions, List<Booked> bookings) {
            this(workerId, windows, exceptions, bookings, null);
        }
    }

    /** A start on the grid with the workers free for the whole duration (never empty). */
    public record Slot(OffsetDateTime start, Set<UUID> freeWorkers) {
        public int freeCount() {
            return freeWorkers.size();
        }
    }

    private record Span(Instant start, Instant end) {
    }

    public static List<Slot> find(Rules rules, LocalDate from, LocalDate to, int durationMinutes, Instant now,
            List<Candidate> candidates) {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(now);
        if (durationMinutes < 1) {
            throw new IllegalArgumentException("duration " + durationMinutes);
        }
        ZoneId zone = rules.zone();
        LocalDate lastBookable = LocalDate.ofInstant(now, zone).plusDays(rules.maxDaysAhead());
        LocalDate last = to.isAfter(lastBookable) ? lastBookable : to;
        if (last.isBefore(from)) {
            return List.of();
        }
        Instant earliest = now.plus(Duration.ofMinutes(rules.minNoticeMinutes()));
        Duration duration = Duration.ofMinutes(durationMinutes);
        Duration buffer = Duration.ofMinutes(rules.travelBufferMinutes());

        // Per candidate, computed once: availability over the range (one day either side: a long service may run
        // past midnight) and bookings widened by the travel buffer, as epoch seconds; eligibility per day.
        int n = candidates.size();
        int days = (int) (last.toEpochDay() - from.toEpochDay()) + 1;
        long[][] spanStarts = new long[n][];
        long[][] spanEnds = new long[n][];
        long[][] blockStarts = new long[n][];
        long[][] blockEnds = new long[n][];
        boolean[][] eligible = new boolean[n][days];
        long bufferSeconds = buffer.getSeconds();
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            List<Span> spans = availability(c, from.minusDays(1), last.plusDays(1), zone);
            spanStarts[i] = new long[spans.size()];
            spanEnds[i] = new long[spans.size()];
            for (int k = 0; k < spans.size(); k++) {
                spanStarts[i][k] = spans.get(k).start().getEpochSecond();
                spanEnds[i][k] = spans.get(k).end().getEpochSecond();
            }
            List<Booked> booked = c.bookings();
            blockStarts[i] = new long[booked.size()];
            blockEnds[i] = new long[booked.size()];
            for (int k = 0; k < booked.size(); k++) {
                blockStarts[i][k] = booked.get(k).start().getEpochSecond() - bufferSeconds;
                Instant end = booked.get(k).end();
                // a booking ending within a second still blocks that second (seconds are rounded outwards)
                blockEnds[i][k] = end.getEpochSecond() + (end.getNano() > 0 ? 1 : 0) + bufferSeconds;
            }
            for (int d = 0; d < days; d++) {
                eligible[i][d] = c.eligibleOn().test(from.plusDays(d));
            }
        }

        List<Slot> slots = new ArrayList<>();
        List<UUID> free = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            for (int minute = 0; minute < 1440; minute += rules.gridMinutes()) {
                LocalDateTime wall = day.atStartOfDay().plusMinutes(minute);
                ZonedDateTime zoned = wall.atZone(zone);
                if (!zoned.toLocalDateTime().equals(wall)) {
                    continue; // skipped by a DST gap
                }
                Instant start = zoned.toInstant();
                if (start.isBefore(earliest)) {
                    continue;
                }
                long s = start.getEpochSecond();
                long e = start.plus(duration).getEpochSecond();
                free.clear();
                for (int i = 0; i < n; i++) {
                    if (eligible[i][d] && covered(spanStarts[i], spanEnds[i], s, e)
                            && clear(blockStarts[i], blockEnds[i], s, e)) {
                        free.add(candidates.get(i).workerId());
                    }
                }
                if (!free.isEmpty()) {
                    slots.add(new Slot(zoned.toOffsetDateTime(), Set.copyOf(free)));
                }
            }
        }
        return slots;
    }

    /** One worker's free starts (convenience for "the chosen worker"). */
    public static List<OffsetDateTime> startsOf(Rules rules, LocalDate from, LocalDate to, int durationMinutes,
            Instant now, Candidate worker) {
        return find(rules, from, to, durationMinutes, now, List.of(worker)).stream().map(Slot::start).toList();
    }

    static List<Span> availability(Candidate c, LocalDate first, LocalDate last, ZoneId zone) {
        List<Span> spans = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<int[]> minutes = new ArrayList<>();
            int weekday = day.getDayOfWeek().getValue();
            for (Window w : c.windows()) {
                if (w.weekday() == weekday) {
                    minutes.add(new int[] {w.startMinute(), w.endMinute()});
                }
            }
            List<int[]> off = new ArrayList<>();
            boolean wholeDayOff = false;
            for (DatedException e : c.exceptions()) {
                if (!e.date().equals(day)) {
                    continue;
                }
                if (e.kind() == Kind.EXTRA_HOURS) {
                    minutes.add(new int[] {e.startMinute(), e.endMinute()});
                } else if (e.startMinute() == null) {
                    wholeDayOff = true;
                } else {
                    off.add(new int[] {e.startMinute(), e.endMinute()});
                }
            }
            if (wholeDayOff) {
                continue;
            }
            for (int[] m : subtract(merge(minutes), merge(off))) {
                spans.add(new Span(instantOf(day, m[0], zone), instantOf(day, m[1], zone)));
            }
        }
        spans.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty() && !s.start().isAfter(merged.get(merged.size() - 1).end())) {
                Span prev = merged.remove(merged.size() - 1);
                merged.add(new Span(prev.start(), s.end().isAfter(prev.end()) ? s.end() : prev.end()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static Instant instantOf(LocalDate day, int minute, ZoneId zone) {
        return day.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant();
    }

    private static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1]) {
                int[] prev = out.get(out.size() - 1);
                prev[1] = Math.max(prev[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    private static List<int[]> subtract(List<int[]> ranges, List<int[]> holes) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            int start = r[0];
            int end = r[1];
            for (int[] h : holes) {
                if (h[1] <= start || h[0] >= end) {
                    continue;
                }
                if (h[0] > start) {
                    out.add(new int[] {start, h[0]});
                }
                start = Math.max(start, h[1]);
                if (start >= end) {
                    break;
                }
            }
            if (start < end) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    /** Whether one span covers [start, end): the spans are sorted and disjoint, so only the last starting at or before {@code start} can. */
    private static boolean covered(long[] starts, long[] ends, long start, long end) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= start) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && ends[found] >= end;
    }

    /** Whether [start, end) is clear of every booking widened by the travel buffer. */
    private static boolean clear(long[] blockStarts, long[] blockEnds, long start, long end) {
        for (int k = 0; k < blockStarts.length; k++) {
            if (start < blockEnds[k] && blockStarts[k] < end) {
                return false;
            }
        }
        return true;
    }
}
