package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.OrderApi;
import io.hearth.portal.web.PortalRoles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Today's orders by status and this week's revenue, computed from the order list (the platform has no statistics
 * endpoint for staff yet). Revenue: money paid for orders serviced on each day, cancelled orders left out. New
 * customers and open alerts are left out until the platform exposes them.
 */
@Path("/dashboard")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE, PortalRoles.FINANCE })
public class DashboardPage {

    /** At most this many orders are read (20 pages of 100); past it the figures say they are partial. */
    static final int MAX_PAGES = 20;

    public record StatusCount(String status, long count) {
    }

    public record DayRevenue(LocalDate day, long paidFen, long orders) {
    }

    public record Figures(long todayOrders, List<StatusCount> todayByStatus, long weekPaidFen, List<DayRevenue> week,
            boolean partial) {
    }

    @CheckedTemplate(basePath = "DashboardPage")
    static class Templates {
        static native TemplateInstance dashboard(Figures figures, LocalDate today);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    TenantZone zone;

    Clock clock = Clock.systemUTC();

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        ZoneId z = zone.zone();
        LocalDate today = LocalDate.now(clock.withZone(z));
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        List<OrderApi.Summary> orders = new ArrayList<>();
        String cursor = null;
        boolean partial = false;
        for (int page = 0; page < MAX_PAGES; page++) {
            OrderApi.Page<OrderApi.Summary> p = platform.orders(List.of(), monday.toString(), today.toString(), null,
                    null, cursor, 100);
            orders.addAll(p.items());
            cursor = p.nextCursor();
            if (cursor == null) {
                break;
            }
            partial = page == MAX_PAGES - 1;
        }
        return Templates.dashboard(figures(orders, today, monday, z, partial), today);
    }

    static Figures figures(List<OrderApi.Summary> orders, LocalDate today, LocalDate monday, ZoneId zone,
            boolean partial) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        OrderApi.STATUSES.forEach(s -> byStatus.put(s, 0L));
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = monday; !d.isAfter(today); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        long todayOrders = 0;
        for (OrderApi.Summary o : orders) {
            if (o.startAt() == null) {
                continue;
            }
            LocalDate day = o.startAt().atZone(zone).toLocalDate();
            if (day.equals(today)) {
                byStatus.merge(o.status(), 1L, Long::sum);
                todayOrders++;
            }
            long[] d = days.get(day);
            if (d != null && !"CANCELLED".equals(o.status())) {
                d[0] += o.paidFen();
                d[1]++;
            }
        }
        List<StatusCount> statuses = byStatus.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
        List<DayRevenue> week = days.entrySet().stream()
                .map(e -> new DayRevenue(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        long weekPaid = week.stream().mapToLong(DayRevenue::paidFen).sum();
        return new Figures(todayOrders, statuses, weekPaid, week, partial);
    }
}
