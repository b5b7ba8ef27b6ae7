package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in worker's weekly windows and dated exceptions, in the tenant's time zone. The week is
 * replaced as a whole; overlapping windows are refused here and, as a last guard, by the database.
 */
@ApplicationScoped
@Transactional
public class WorkerAvailability {

    @Inject
    WorkerRepository workers;

    @Inject
    AvailabilityWindowRepository windows;

    @Inject
    AvailabilityExceptionRepository exceptions;

    @Inject
    WorkerEligibilityCheck eligibility;

    public List<WorkerDto.Window> week(UUID me) {
        workers.require(me);
        return windows.ofWorker(me).stream().map(w -> new WorkerDto.Window(w.weekday, WeeklyWindows.time(w.startMinute),
                WeeklyWindows.time(w.endMinute))).toList();
    }

    public List<WorkerDto.Window> replaceWeek(UUID me, WorkerDto.Week in) {
        List<WeeklyWindows.Window> week = in.windows().stream().map(w -> new WeeklyWindows.Window(w.weekday(),
                WeeklyWindows.startMinute(w.start()), WeeklyWindows.endMinute(w.end()))).toList();
        week.stream().filter(w -> w.end() <= w.start()).findFirst().ifPresent(w -> {
            throw new ApiException(422, "availability-end-before-start", WeeklyWindows.time(w.start()),
                    WeeklyWindows.time(w.end()));
        });
        List<String> overlaps = WeeklyWindows.overlaps(week);
        if (!overlaps.isEmpty()) {
            throw new ApiException(422, "availability-overlap", String.join("; ", overlaps));
        }
        // The lock serialises two replacements of the same week; the bulk delete runs before the inserts.
        workers.requireLocked(me);
        windows.delete("workerId", me);
        for (WeeklyWindows.Window w : week) {
            AvailabilityWindow row = new AvailabilityWindow();
            row.id = UUID.randomUUID();
            row.workerId = me;
            row.weekday = w.weekday();
            row.startMinute = w.start();
            row.endMinute = w.end();
            windows.persist(row);
        }
        windows.flush();
        return week(me);
    }

    /** Exceptions from today on (the tenant's today). */
    public List<WorkerDto.ExceptionView> exceptions(UUID me) {
        workers.require(me);
        return exceptions.ofWorkerFrom(me, eligibility.today()).stream().map(WorkerAvailability::view).toList();
    }

    /** A worker's exceptions dated {@code from} to {@code to} (both included): for staff; 404 for an unknown worker. */
    public List<WorkerDto.ExceptionView> exceptionsBetween(UUID workerId, LocalDate from, LocalDate to) {
        workers.require(workerId);
        return exceptions.ofWorkerBetween(workerId, from, to).stream().map(WorkerAvailability::view).toList();
    }

    public WorkerDto.ExceptionView addException(UUID me, WorkerDto.ExceptionInput in) {
        workers.requireLocked(me);
        if (in.date().isBefore(eligibility.today())) {
            throw new ApiException(422, "availability-exception-past", in.date());
        }
        if ((in.start() == null) != (in.end() == null) || (in.kind() == ExceptionKind.EXTRA_HOURS && in.start() == null)) {
            throw new ApiException(422, "availability-exception-range", in.kind());
        }
        AvailabilityException e = new AvailabilityException();
        e.id = UUID.randomUUID();
        e.workerId = me;
        e.onDate = in.date();
        e.kind = in.kind();
        if (in.start() != null) {
            e.startMinute = WeeklyWindows.startMinute(in.start());
            e.endMinute = WeeklyWindows.endMinute(in.end());
            if (e.endMinute <= e.startMinute) {
                throw new ApiException(422, "availability-end-before-start", in.start(), in.end());
            }
        }
        e.createdAt = Instant.now();
        exceptions.persist(e);
        return view(e);
    }

    public void deleteException(UUID me, UUID id) {
        exceptions.delete(exceptions.requireOf(me, id));
    }

    private static WorkerDto.ExceptionView view(AvailabilityException e) {
        return new WorkerDto.ExceptionView(e.id, e.onDate, e.kind,
                e.startMinute == null ? null : WeeklyWindows.time(e.startMinute),
                e.endMinute == null ? null : WeeklyWindows.time(e.endMinute));
    }
}
