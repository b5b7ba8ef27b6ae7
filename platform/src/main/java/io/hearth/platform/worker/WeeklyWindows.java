package io.hearth.platform.worker;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Times of day as minutes, and the overlap rule of weekly windows (the database enforces the same
 * rule with the exclusion constraint availability_window_no_overlap).
 */
public final class WeeklyWindows {

    public static final int END_OF_DAY = 24 * 60;

    /** A window [start, end) in minutes on an ISO weekday. */
    public record Window(int weekday, int start, int end) {

        boolean overlaps(Window o) {
            return weekday == o.weekday && start < o.end && o.start < end;
        }
    }

    private WeeklyWindows() {
    }

    public static int startMinute(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    /** An end of 00:00 means midnight at the end of the day. */
    public static int endMinute(LocalTime t) {
        int m = startMinute(t);
        return m == 0 ? END_OF_DAY : m;
    }

    public static LocalTime time(int minute) {
        return minute >= END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    /** The pairs of windows that overlap, each as "weekday start-end / start-end" for the caller. */
    public static List<String> overlaps(List<Window> windows) {
        List<Window> sorted = windows.stream()
                .sorted(Comparator.comparingInt(Window::weekday).thenComparingInt(Window::start)).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).weekday() == sorted.get(i).weekday(); j++) {
                if (sorted.get(i).overlaps(sorted.get(j))) {
                    found.add(describe(sorted.get(i)) + " / " + time(sorted.get(j).start()) + "-" + time(sorted.get(j).end()));
                }
            }
        }
        return found;
    }

    private static String describe(Window w) {
        return "weekday " + w.weekday() + " " + time(w.start()) + "-" + time(w.end());
    }
}
