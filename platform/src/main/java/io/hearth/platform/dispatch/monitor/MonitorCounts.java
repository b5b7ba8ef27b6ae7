package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What is waiting for staff right now: unresolved alerts by kind and complaints not closed (current tenant). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonitorCounts {

    /** Alerts of one kind nobody has taken ({@code open}) and taken but not resolved ({@code acknowledged}). */
    public record AlertCount(AlertKind kind, long open, long acknowledged) {
    }

    public record ComplaintCount(long open, long handling) {
    }

    @Inject
    EntityManager em;

    /** Every kind present (0 when none), in the enum's order. */
    public List<AlertCount> unresolvedAlertsByKind() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, state, count(*) from dispatch_alert"
                + " where tenant_id = cast(:t as uuid) and state in ('OPEN', 'ACKNOWLEDGED') group by kind, state")
                .setParameter("t", TenantContext.require().toString()).getResultList();
        Map<AlertKind, long[]> counts = new EnumMap<>(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            counts.put(k, new long[2]);
        }
        for (Object[] r : rows) {
            int slot = AlertState.valueOf((String) r[1]) == AlertState.OPEN ? 0 : 1;
            counts.get(AlertKind.valueOf((String) r[0]))[slot] = ((Number) r[2]).longValue();
        }
        List<AlertCount> out = new ArrayList<>();
        counts.forEach((kind, n) -> out.add(new AlertCount(kind, n[0], n[1])));
        return out;
    }

    public ComplaintCount complaintsNotClosed() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select state, count(*) from order_complaint"
                + " where tenant_id = cast(:t as uuid) and state in ('OPEN', 'HANDLING') group by state")
                .setParameter("t", TenantContext.require().toString()).getResultList();
        long open = 0;
        long handling = 0;
        for (Object[] r : rows) {
            if (ComplaintState.valueOf((String) r[0]) == ComplaintState.OPEN) {
                open = ((Number) r[1]).longValue();
            } else {
                handling = ((Number) r[1]).longValue();
            }
        }
        return new ComplaintCount(open, handling);
    }
}
