package io.hearth.portal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The platform's statistics for staff ({@code /api/tenant/stats/dashboard}): days are the tenant's calendar days,
 * money in fen.
 */
public final class StatsApi {

    private StatsApi() {
    }

    public record Dashboard(String timeZone, LocalDate today, LocalDate from, LocalDate to, TodayOrders todayOrders,
            List<Day> days, Totals totals, OpenAlerts openAlerts, OpenComplaints openComplaints) {
    }

    /** Orders whose service starts today, by status (every status present). */
    public record TodayOrders(long total, List<StatusCount> byStatus) {
    }

    public record StatusCount(String status, long count) {
    }

    /** Orders not cancelled, cancelled ones, net paid fen of the orders not cancelled, new customers. */
    public record Day(LocalDate day, long orders, long cancelled, long paidFen, long newCustomers) {
    }

    public record Totals(long orders, long cancelled, long paidFen, long newCustomers) {
    }

    /** Unresolved alerts: not taken ({@code open}) and acknowledged, per kind (every kind present). */
    public record OpenAlerts(long open, long acknowledged, List<AlertCount> byKind) {
    }

    public record AlertCount(String kind, long open, long acknowledged) {

        public long unresolved() {
            return open + acknowledged;
        }
    }

    public record OpenComplaints(long open, long handling) {
    }
}
