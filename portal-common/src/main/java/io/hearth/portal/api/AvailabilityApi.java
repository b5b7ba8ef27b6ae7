package io.hearth.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A worker's availability as staff read it ({@code /api/tenant/workers/{id}/availability}): wall-clock times in the
 * tenant's zone; an end of 00:00 is midnight at the end of the day.
 */
public final class AvailabilityApi {

    private AvailabilityApi() {
    }

    /** The week's windows, exceptions dated today to {@code exceptionsUntil}, bookings until {@code bookingsUntil}. */
    public record WorkerSchedule(String workerId, String timeZone, LocalDate today, List<Window> week,
            LocalDate exceptionsUntil, List<ExceptionDay> exceptions, Instant bookingsUntil, List<Booking> bookings) {
    }

    /** ISO weekday 1 (Monday) to 7. */
    public record Window(int weekday, LocalTime start, LocalTime end) {
    }

    /** A day off (whole day without times) or extra hours. */
    public record ExceptionDay(String id, LocalDate date, String kind, LocalTime start, LocalTime end) {

        /** "19:00–21:30" (an end of 00:00 as 24:00); null for a whole day. */
        public String range() {
            if (start == null || end == null) {
                return null;
            }
            return hhmm(start) + "–" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : hhmm(end));
        }
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** A booked visit; nothing about the customer. */
    public record Booking(String orderId, Instant start, Instant end) {
    }
}
