package io.hearth.platform.stats;

import io.hearth.platform.shared.web.ApiException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a statistics request covers, both ends included, in the tenant's calendar. Without {@code to}: today;
 * without {@code from}: the Monday of {@code to}'s week (so no parameters = this week up to today).
 */
public record StatsRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 92;

    /**
     * 400 {@code stats-date-invalid} for a value that is not a date, 422 {@code stats-range-reversed} when it ends
     * before it starts, 422 {@code stats-range-too-long} beyond {@link #MAX_DAYS} days.
     */
    public static StatsRange of(String from, String to, LocalDate today) {
        LocalDate end = isBlank(to) ? today : date("to", to);
        LocalDate start = isBlank(from) ? end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date("from", from);
        if (end.isBefore(start)) {
            throw ApiException.unprocessable("stats-range-reversed", start, end);
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw ApiException.unprocessable("stats-range-too-long", MAX_DAYS, days);
        }
        return new StatsRange(start, end);
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static LocalDate date(String name, String raw) {
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeException e) {
            throw new ApiException(400, "stats-date-invalid", name, raw);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
