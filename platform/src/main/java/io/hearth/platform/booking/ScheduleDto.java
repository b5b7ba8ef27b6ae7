package io.hearth.platform.booking;

import io.hearth.platform.worker.WorkerDto;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A worker's schedule as staff see it. */
public final class ScheduleDto {

    private ScheduleDto() {
    }

    /**
     * The weekly windows and the dated exceptions (wall-clock times in {@code timeZone}, the tenant's), the
     * exceptions dated {@code today} to {@code exceptionsUntil}, and the active bookings that overlap now to
     * {@code bookingsUntil}, earliest first.
     */
    public record WorkerSchedule(UUID workerId, String timeZone, LocalDate today, List<WorkerDto.Window> week,
            LocalDate exceptionsUntil, List<WorkerDto.ExceptionView> exceptions, Instant bookingsUntil,
            List<Booking> bookings) {
    }

    /** A booked visit: when, and the order (nothing about the customer). */
    public record Booking(UUID orderId, Instant start, Instant end) {
    }
}
