package io.hearth.platform.stats;

import io.hearth.platform.customer.CustomerSignups;
import io.hearth.platform.dispatch.monitor.MonitorCounts;
import io.hearth.platform.order.OrderStatus;
import io.hearth.platform.order.statistics.OrderFigures;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The staff dashboard of the current tenant. Days are the tenant's (its time zone), so an order at 00:30 in
 * Shanghai counts for that day, not for the day before as UTC would have it. Each figure is a handful of
 * aggregate queries of the feature that owns the data; no rows are loaded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardStatistics {

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    OrderFigures orders;

    @Inject
    CustomerSignups signups;

    @Inject
    MonitorCounts monitor;

    @Inject
    Clock clock;

    public StatsDto.Dashboard dashboard(String from, String to) {
        ZoneId zone = tenantSettings.of(TenantContext.require()).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        StatsRange range = StatsRange.of(from, to, today);

        Map<OrderStatus, Long> byStatus = orders.byStatusOn(today, zone);
        List<StatsDto.StatusCount> statuses = new ArrayList<>();
        byStatus.forEach((s, n) -> statuses.add(new StatsDto.StatusCount(s, n)));
        long todayTotal = byStatus.values().stream().mapToLong(Long::longValue).sum();

        Map<LocalDate, OrderFigures.Day> orderDays = orders.perDay(range.from(), range.to(), zone);
        Map<LocalDate, Long> customerDays = signups.perDay(range.from(), range.to(), zone);
        List<StatsDto.Day> days = new ArrayList<>();
        long n = 0;
        long cancelled = 0;
        long paid = 0;
        long customers = 0;
        for (LocalDate d : range.days()) {
            OrderFigures.Day o = orderDays.getOrDefault(d, OrderFigures.Day.none(d));
            long c = customerDays.getOrDefault(d, 0L);
            days.add(new StatsDto.Day(d, o.orders(), o.cancelled(), o.paidFen(), c));
            n += o.orders();
            cancelled += o.cancelled();
            paid += o.paidFen();
            customers += c;
        }

        List<StatsDto.AlertCount> alerts = monitor.unresolvedAlertsByKind().stream()
                .map(a -> new StatsDto.AlertCount(a.kind(), a.open(), a.acknowledged())).toList();
        MonitorCounts.ComplaintCount complaints = monitor.complaintsNotClosed();
        return new StatsDto.Dashboard(zone.getId(), today, range.from(), range.to(),
                new StatsDto.TodayOrders(todayTotal, statuses), days,
                new StatsDto.Totals(n, cancelled, paid, customers),
                new StatsDto.OpenAlerts(alerts.stream().mapToLong(StatsDto.AlertCount::open).sum(),
                        alerts.stream().mapToLong(StatsDto.AlertCount::acknowledged).sum(), alerts),
                new StatsDto.OpenComplaints(complaints.open(), complaints.handling()));
    }
}
