package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ORDER_ID;

import io.hearth.portal.api.AvailabilityApi;
import io.hearth.portal.api.StatsApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Platform answers for the dashboard and the worker's availability (the platform client is mocked). */
final class StatsFixtures {

    private StatsFixtures() {
    }

    /** Wednesday 18 November 2026: Monday to Wednesday, 3 orders today, ¥410.00 paid, 5 new customers. */
    static StatsApi.Dashboard dashboard() {
        List<StatsApi.StatusCount> statuses = List.of(new StatsApi.StatusCount("PENDING_PAYMENT", 0),
                new StatsApi.StatusCount("PENDING_DISPATCH", 1), new StatsApi.StatusCount("ACCEPTED", 0),
                new StatsApi.StatusCount("DEPARTED", 0), new StatsApi.StatusCount("ARRIVED", 0),
                new StatsApi.StatusCount("IN_SERVICE", 0), new StatsApi.StatusCount("PAUSED", 0),
                new StatsApi.StatusCount("COMPLETED", 1), new StatsApi.StatusCount("CANCELLED", 1));
        List<StatsApi.Day> days = List.of(new StatsApi.Day(LocalDate.of(2026, 11, 16), 1, 0, 15_000, 1),
                new StatsApi.Day(LocalDate.of(2026, 11, 17), 0, 0, 0, 0),
                new StatsApi.Day(LocalDate.of(2026, 11, 18), 2, 1, 26_000, 4));
        List<StatsApi.AlertCount> kinds = List.of(new StatsApi.AlertCount("UNACCEPTED", 2, 1),
                new StatsApi.AlertCount("NOT_DEPARTED", 0, 0), new StatsApi.AlertCount("LATE_ARRIVAL", 2, 0),
                new StatsApi.AlertCount("OVERRUN", 0, 0), new StatsApi.AlertCount("COMPLAINT", 0, 2));
        return new StatsApi.Dashboard("Asia/Shanghai", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 18), new StatsApi.TodayOrders(3, statuses), days,
                new StatsApi.Totals(3, 1, 41_000, 5), new StatsApi.OpenAlerts(4, 3, kinds),
                new StatsApi.OpenComplaints(6, 1));
    }

    /** Monday mornings and afternoons, Saturday from 09:00 to midnight; a day off, extra hours; one booking. */
    static AvailabilityApi.WorkerSchedule schedule() {
        return new AvailabilityApi.WorkerSchedule(Fixtures.WORKER_ID, "Asia/Shanghai", LocalDate.of(2026, 11, 22),
                List.of(new AvailabilityApi.Window(1, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new AvailabilityApi.Window(1, LocalTime.of(13, 0), LocalTime.of(18, 0)),
                        new AvailabilityApi.Window(6, LocalTime.of(9, 0), LocalTime.MIDNIGHT)),
                LocalDate.of(2026, 12, 21),
                List.of(new AvailabilityApi.ExceptionDay("e1", LocalDate.of(2026, 11, 23), "DAY_OFF", null, null),
                        new AvailabilityApi.ExceptionDay("e2", LocalDate.of(2026, 12, 2), "EXTRA_HOURS",
                                LocalTime.of(19, 0), LocalTime.of(21, 30))),
                Instant.parse("2026-11-29T04:00:00Z"),
                List.of(new AvailabilityApi.Booking(ORDER_ID, Instant.parse("2026-11-24T02:00:00Z"),
                        Instant.parse("2026-11-24T04:00:00Z"))));
    }
}
