package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.web.TimeIdCursor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The board's reads: alerts joined with their order (number, start, worker) and the worker's name, newest first
 * by keyset, always for the current tenant ({@code tenant_id} is bound explicitly: native SQL is not filtered by
 * Hibernate's discriminator).
 */
@ApplicationScoped
class AlertViews {

    static final int MAX_LIMIT = 100;

    private static final String SELECT = "select a.id, a.order_id, o.order_no, o.start_at, o.worker_id, w.display_name,"
            + " a.kind, a.state, a.raised_at, cast(a.details as text), a.acknowledged_by, a.acknowledged_at,"
            + " a.resolved_by, a.resolved_at, a.resolution_note, a.resolved_automatically, a.version"
            + " from dispatch_alert a join service_order o on o.tenant_id = a.tenant_id and o.id = a.order_id"
            + " left join worker w on w.tenant_id = o.tenant_id and w.id = o.worker_id"
            + " where a.tenant_id = cast(:t as uuid)";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    MonitorDto.Alert one(UUID id, Instant now) {
        em.flush();
        List<MonitorDto.Alert> found = rows(em.createNativeQuery(SELECT + " and a.id = cast(:id as uuid)")
                .setParameter("t", TenantContext.require().toString()).setParameter("id", id.toString()), now);
        if (found.isEmpty()) {
            throw new IllegalStateException("Alert " + id + " not found after writing it");
        }
        return found.get(0);
    }

    MonitorDto.Page<MonitorDto.Alert> page(AlertState state, AlertKind kind, TimeIdCursor after, int limit, Instant now) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("t", TenantContext.require().toString());
        if (state != null) {
            sql.append(" and a.state = :state");
            params.put("state", state.name());
        }
        if (kind != null) {
            sql.append(" and a.kind = :kind");
            params.put("kind", kind.name());
        }
        if (after != null) {
            sql.append(" and (a.raised_at, a.id) < (:afterAt, cast(:afterId as uuid))");
            params.put("afterAt", after.at().atOffset(ZoneOffset.UTC));
            params.put("afterId", after.id().toString());
        }
        sql.append(" order by a.raised_at desc, a.id desc limit :limit");
        params.put("limit", limit + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        List<MonitorDto.Alert> rows = rows(q, now);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            MonitorDto.Alert last = rows.get(limit - 1);
            next = new TimeIdCursor(last.raisedAt(), last.id()).encode();
        }
        return new MonitorDto.Page<>(List.copyOf(rows), next);
    }

    MonitorDto.Summary summary() {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("select state, count(*) from dispatch_alert"
                + " where tenant_id = cast(:t as uuid) group by state")
                .setParameter("t", TenantContext.require().toString()).getResultList();
        long open = 0;
        long acknowledged = 0;
        long resolved = 0;
        for (Object[] row : counts) {
            long n = ((Number) row[1]).longValue();
            switch (AlertState.valueOf((String) row[0])) {
                case OPEN -> open = n;
                case ACKNOWLEDGED -> acknowledged = n;
                case RESOLVED -> resolved = n;
            }
        }
        return new MonitorDto.Summary(open, acknowledged, resolved);
    }

    private List<MonitorDto.Alert> rows(Query q, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<MonitorDto.Alert> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Instant raisedAt = instant(r[8]);
            views.add(new MonitorDto.Alert(uuid(r[0]), uuid(r[1]), (String) r[2], instant(r[3]), uuid(r[4]),
                    (String) r[5], AlertKind.valueOf((String) r[6]), AlertState.valueOf((String) r[7]), raisedAt,
                    Math.max(0, Duration.between(raisedAt, now).toSeconds()), tree((String) r[9]), (String) r[10],
                    instant(r[11]), (String) r[12], instant(r[13]), (String) r[14], (Boolean) r[15],
                    ((Number) r[16]).intValue()));
        }
        return views;
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Alert details are not JSON", e);
        }
    }

    static UUID uuid(Object o) {
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("Not a time: " + o.getClass());
    }
}
