package io.hearth.platform.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantService;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.hearth.platform.worker.CustomaryName;
import io.hearth.platform.worker.Gender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads, in one query, what a notification says about an order (number, service name by locale, start, total,
 * the worker's customary name). A read-only join across the order, catalog and worker tables of the current tenant:
 * those features expose no per-order summary for other features yet.
 */
@ApplicationScoped
public class OrderFactsReader {

    @Inject
    EntityManager em;

    @Inject
    TenantService tenants;

    @Inject
    TenantSettingsLookup settings;

    @Inject
    ObjectMapper json;

    public record Read(OrderFacts facts, String status, Instant confirmedAt) {
    }

    public Optional<Read> read(UUID orderId) {
        UUID tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.order_no, o.customer_id, o.worker_id,"
                + " coalesce(i.texts, p.texts)::text, o.start_at, o.total_fen, w.display_name, w.gender, o.status,"
                + " o.confirmed_at from service_order o"
                + " left join service_item i on i.tenant_id = o.tenant_id and i.id = o.item_id"
                + " left join service_package p on p.tenant_id = o.tenant_id and p.id = o.package_id"
                + " left join worker w on w.tenant_id = o.tenant_id and w.id = o.worker_id"
                + " where o.tenant_id = cast(:t as uuid) and o.id = :id")
                .setParameter("t", tenant.toString()).setParameter("id", orderId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        var t = tenants.get(tenant);
        String workerName = r[6] == null ? null
                : CustomaryName.of((String) r[6], r[7] == null ? null : Gender.valueOf((String) r[7]));
        OrderFacts facts = new OrderFacts(orderId, (String) r[0], (UUID) r[1], (UUID) r[2], names((String) r[3]),
                instant(r[4]), ((Number) r[5]).longValue(), workerName, null, t.branding().displayName(),
                settings.of(tenant).zone(), t.defaultLocale());
        return Optional.of(new Read(facts, (String) r[8], r[9] == null ? null : instant(r[9])));
    }

    private Map<String, String> names(String texts) {
        Map<String, String> names = new LinkedHashMap<>();
        if (texts == null) {
            return names;
        }
        try {
            JsonNode node = json.readTree(texts);
            node.fields().forEachRemaining(e -> {
                String name = e.getValue().path("name").asText(null);
                if (name != null) {
                    names.put(e.getKey(), name);
                }
            });
        } catch (IOException e) {
            // an unreadable text leaves the name out; the rest of the notice still goes
        }
        return names;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
