package io.hearth.platform.order.statistics;

import io.hearth.platform.order.OrderStatus;
import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's orders counted by the database for the staff dashboard, by service day: the day an order's
 * {@code start_at} falls on in the given zone (the tenant's). Only aggregates leave the database.
 *
 * <p>Paid amount of a day: {@code paid_fen - refunded_fen} of the day's orders that are not CANCELLED — money the
 * order accepted (every stage paid so far) less the refunds the provider confirmed for it. Money of cancelled orders
 * (kept fees included) and refunds still in flight are not in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderFigures {

    /** One service day: orders not cancelled, cancelled orders, net paid fen of the orders not cancelled. */
    public record Day(LocalDate day, long orders, long cancelled, long paidFen) {

        public static Day none(LocalDate day) {
            return new Day(day, 0, 0, 0);
        }
    }

    @Inject
    EntityManager em;

    /** Orders serviced on {@code day}, every status present (0 when none), in the enum's order. */
    public Map<OrderStatus, Long> byStatusOn(LocalDate day, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*) from service_order"
                + " where tenant_id = cast(:t as uuid) and start_at >= :fromAt and start_at < :toAt group by status")
                .setParameter("t", TenantContext.require().toString())
                .setParameter("fromAt", startOf(day, zone)).setParameter("toAt", startOf(day.plusDays(1), zone))
                .getResultList();
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] r : rows) {
            counts.put(OrderStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The service days of {@code [from, to]} that have orders; days without any are absent. */
    public Map<LocalDate, Day> perDay(LocalDate from, LocalDate to, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select to_char(start_at at time zone :zone, 'YYYY-MM-DD'),"
                + " count(*) filter (where status <> 'CANCELLED'), count(*) filter (where status = 'CANCELLED'),"
                + " coalesce(sum(paid_fen - refunded_fen) filter (where status <> 'CANCELLED'), 0)"
                + " from service_order where tenant_id = cast(:t as uuid) and start_at >= :fromAt and start_at < :toAt"
                + " group by 1")
                .setParameter("zone", zone.getId())
                .setParameter("t", TenantContext.require().toString())
                .setParameter("fromAt", startOf(from, zone)).setParameter("toAt", startOf(to.plusDays(1), zone))
                .getResultList();
        Map<LocalDate, Day> days = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate day = LocalDate.parse((String) r[0]);
            days.put(day, new Day(day, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        return days;
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }
}
