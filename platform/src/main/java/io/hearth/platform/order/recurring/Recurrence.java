package io.hearth.platform.order.recurring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a recurring booking, in the tenant's time zone: the first start, then every week, every
 * two weeks or every month at the same wall-clock time, for {@code count} occurrences or until
 * {@code until} (inclusive).
 * <p>
 * Monthly series keep the first start's day of month; a month without that day (the 31st in April, the
 * 30th in February) uses its last day, and the following month goes back to the original day. A
 * wall-clock time that does not exist on a date (a daylight-saving gap) moves forward by the gap's
 * length, as {@link ZonedDateTime#of} does.
 */
public record Recurrence(Frequency frequency, LocalDateTime firstStart, Integer count, LocalDate until) {

    /** No series is longer than this, whatever {@code count} or {@code until} say. */
    public static final int MAX_OCCURRENCES = 52;

    public Recurrence {
        if (frequency == null || firstStart == null) {
            throw new IllegalArgumentException("frequency and firstStart are required");
        }
        if ((count == null) == (until == null)) {
            throw new IllegalArgumentException("exactly one of count and until is required");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            throw new IllegalArgumentException("count must be 1.." + MAX_OCCURRENCES);
        }
        if (until != null && until.isBefore(firstStart.toLocalDate())) {
            throw new IllegalArgumentException("until is before the first start");
        }
    }

    /** The occurrence starts, first one included; at most {@link #MAX_OCCURRENCES}. */
    public List<ZonedDateTime> starts(ZoneId zone) {
        List<ZonedDateTime> out = new ArrayList<>();
        int limit = count != null ? count : MAX_OCCURRENCES;
        for (int i = 0; i < limit; i++) {
            LocalDateTime local = nth(i);
            if (until != null && local.toLocalDate().isAfter(until)) {
                break;
            }
            out.add(ZonedDateTime.of(local, zone));
        }
        return out;
    }

    /** True when {@code until} reaches further than {@link #MAX_OCCURRENCES} occurrences. */
    public boolean truncated() {
        return until != null && !nth(MAX_OCCURRENCES).toLocalDate().isAfter(until);
    }

    private LocalDateTime nth(int i) {
        return switch (frequency) {
            case WEEKLY -> firstStart.plusWeeks(i);
            case BIWEEKLY -> firstStart.plusWeeks(2L * i);
            // plusMonths clamps to the month's last day and is computed from the first start each time,
            // so a series on the 31st returns to the 31st after a shorter month.
            case MONTHLY -> firstStart.plusMonths(i);
        };
    }
}
