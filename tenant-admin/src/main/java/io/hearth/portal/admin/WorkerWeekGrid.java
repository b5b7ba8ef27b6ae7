package io.hearth.portal.admin;

import io.hearth.portal.api.AvailabilityApi;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A worker's weekly windows laid out for the detail page: one row per weekday, Monday first, each window a block
 * placed on the day's 24 hours (left and width in percent). An end of 00:00 is the end of the day.
 */
public record WorkerWeekGrid(List<Day> days) {

    static final int DAY_MINUTES = 24 * 60;

    /** {@code weekday}: MONDAY … SUNDAY. */
    public record Day(String weekday, List<Block> blocks) {
    }

    public record Block(String label, String left, String width) {
    }

    public static WorkerWeekGrid of(List<AvailabilityApi.Window> windows) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Block> blocks = windows == null ? List.of() : windows.stream()
                    .filter(w -> w.weekday() == d.getValue() && w.start() != null && w.end() != null)
                    .sorted(Comparator.comparing(AvailabilityApi.Window::start))
                    .map(WorkerWeekGrid::block).toList();
            days.add(new Day(d.name(), blocks));
        }
        return new WorkerWeekGrid(days);
    }

    private static Block block(AvailabilityApi.Window w) {
        int start = minutes(w.start());
        int end = w.end().equals(LocalTime.MIDNIGHT) ? DAY_MINUTES : minutes(w.end());
        return new Block(hhmm(start) + "–" + hhmm(end), percent(start), percent(Math.max(0, end - start)));
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    static String hhmm(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static String percent(int minutes) {
        return String.format(Locale.ROOT, "%.3f", minutes * 100.0 / DAY_MINUTES);
    }
}
