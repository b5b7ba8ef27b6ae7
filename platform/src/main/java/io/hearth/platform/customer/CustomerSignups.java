package io.hearth.platform.customer;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many customers of the current tenant registered on each day (the day of {@code created_at} in the given
 * zone), counted by the database: for the staff dashboard.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerSignups {

    @Inject
    EntityManager em;

    /** Days of {@code [from, to]} with at least one new customer; days without any are absent. */
    public Map<LocalDate, Long> perDay(LocalDate from, LocalDate to, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select to_char(created_at at time zone :zone, 'YYYY-MM-DD'),"
                + " count(*) from customer where tenant_id = cast(:t as uuid)"
                + " and created_at >= :fromAt and created_at < :toAt group by 1")
                .setParameter("zone", zone.getId())
                .setParameter("t", TenantContext.require().toString())
                .setParameter("fromAt", from.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC))
                .setParameter("toAt", to.plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC))
                .getResultList();
        Map<LocalDate, Long> days = new HashMap<>();
        for (Object[] r : rows) {
            days.put(LocalDate.parse((String) r[0]), ((Number) r[1]).longValue());
        }
        return days;
    }
}
