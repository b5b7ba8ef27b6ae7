package io.hearth.platform.booking;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.hearth.platform.worker.WorkerAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A worker's availability and bookings for the tenant's staff: the worker feature's windows and exceptions, the
 * bookings of {@link WorkerBookings}. Read in one transaction; another tenant's worker is not found (404).
 */
@ApplicationScoped
@Transactional
public class StaffWorkerSchedule {

    /** Exceptions dated today and the 29 days after it. */
    static final int EXCEPTION_DAYS = 30;
    /** Bookings that overlap the next 7 × 24 hours. */
    static final Duration BOOKING_HORIZON = Duration.ofDays(7);

    @Inject
    WorkerAvailability availability;

    @Inject
    WorkerBookings bookings;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    Clock clock;

    public ScheduleDto.WorkerSchedule of(UUID workerId) {
        var week = availability.week(workerId); // 404 first: nothing else is read for a worker not found
        ZoneId zone = tenantSettings.of(TenantContext.require()).zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate until = today.plusDays(EXCEPTION_DAYS - 1L);
        Instant bookedUntil = now.plus(BOOKING_HORIZON);
        return new ScheduleDto.WorkerSchedule(workerId, zone.getId(), today, week, until,
                availability.exceptionsBetween(workerId, today, until), bookedUntil,
                bookings.activeBetween(workerId, now, bookedUntil).stream()
                        .map(b -> new ScheduleDto.Booking(b.orderId(), b.start(), b.end())).toList());
    }
}
