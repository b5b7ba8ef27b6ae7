package io.hearth.platform.stats;

import io.hearth.platform.dispatch.monitor.AlertKind;
import io.hearth.platform.order.OrderStatus;
import java.time.LocalDate;
import java.util.List;

/** What the statistics API answers. Money in fen; days are the tenant's calendar days. */
public final class StatsDto {

    private StatsDto() {
    }

    /**
     * The staff dashboard: today's orders by status, one row per day of {@code [from, to]} (every day present),
     * their totals, and what is waiting for staff right now (unresolved alerts, complaints not closed).
     */
    public record Dashboard(String timeZone, LocalDate today, LocalDate from, LocalDate to, TodayOrders todayOrders,
            List<Day> days, Totals totals, OpenAlerts openAlerts, OpenComplaints openComplaints) {
    }

    /** Orders whose service starts today, every status present (cancelled ones included). */
    public record TodayOrders(long total, List<StatusCount> byStatus) {
    }

    public record StatusCount(OrderStatus status, long count) {
    }

    /**
     * One service day: {@code orders} not cancelled that start that day, {@code cancelled} ones, {@code paidFen} paid
     * for the orders not cancelled less their confirmed refunds, {@code newCustomers} registered that day.
     */
    public record Day(LocalDate day, long orders, long cancelled, long paidFen, long newCustomers) {
    }

    public record Totals(long orders, long cancelled, long paidFen, long newCustomers) {
    }

    /** Unresolved alerts: nobody on them yet ({@code open}) and acknowledged; per kind, every kind present. */
    public record OpenAlerts(long open, long acknowledged, List<AlertCount> byKind) {
    }

    public record AlertCount(AlertKind kind, long open, long acknowledged) {
    }

    public record OpenComplaints(long open, long handling) {
    }
}
