package io.hearth.platform.dispatch;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderItems;
import io.hearth.platform.order.ServiceOrder;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.hearth.platform.worker.AuditStatus;
import io.hearth.platform.worker.CertificateAudit;
import io.hearth.platform.worker.CertificateType;
import io.hearth.platform.worker.WorkerEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workers of the current tenant who may serve an order now, ranked by {@link DispatchScore}: a fresh position
 * within the radius ({@link WorkerPositions#near}), approved with valid certificates today, ONLINE, skilled in every
 * item of the order, free at its slot including the travel buffer, holding fewer open orders than the tenant's
 * maximum, and not among the workers who declined this order. Everything but the positions is read in one query
 * for all nearby workers plus one for their certificates, whatever their number. Weekly availability windows are
 * not consulted: an ONLINE worker is taken to be working.
 */
@ApplicationScoped
public class DispatchCandidates {

    /** A ranked candidate with what staff see of them. */
    public record Candidate(DispatchScore.Scored scored, String displayName, String phoneLast4) {

        public UUID workerId() {
            return scored.workerId();
        }
    }

    /** The eligible best first, and why the other nearby workers were left out (worker → reason). */
    public record Evaluation(List<Candidate> eligible, Map<UUID, String> excluded) {
    }

    static final List<String> OPEN_STATUSES = List.of("PENDING_DISPATCH", "ACCEPTED", "DEPARTED", "ARRIVED",
            "IN_SERVICE", "PAUSED");

    @Inject
    WorkerPositions positions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrderItems items;

    @Inject
    TenantSettingsLookup tenantSettings;

    @ConfigProperty(name = "hearth.booking.travel-buffer-minutes", defaultValue = "30")
    int travelBufferMinutes;

    /** The candidates within {@code radiusKm} of the order's address (at most a few times the offer limit looked at). */
    public Evaluation near(ServiceOrder order, TenantSettings.DispatchRules rules, int radiusKm, Instant now) {
        UUID tenant = TenantContext.require();
        int look = Math.min(Math.max(rules.offerLimit() * 4, 50), 2000);
        Map<UUID, Long> distances = new LinkedHashMap<>();
        positions.near(tenant, order.lat, order.lng, radiusKm, look, now,
                Duration.ofSeconds(rules.positionMaxAgeSeconds()))
                .forEach(n -> distances.put(n.workerId(), n.distanceMeters()));
        return evaluate(order, rules, radiusKm, distances);
    }

    /** Checks and ranks the given workers (with their distance to the address) for the order. */
    public Evaluation evaluate(ServiceOrder order, TenantSettings.DispatchRules rules, int radiusKm,
            Map<UUID, Long> distances) {
        if (distances.isEmpty()) {
            return new Evaluation(List.of(), Map.of());
        }
        UUID tenant = TenantContext.require();
        LocalDate today = LocalDate.now(tenantSettings.of(tenant).zone());
        List<UUID> skills = items.of(order);
        DispatchScore.Context context = new DispatchScore.Context(radiusKm, rules.maxConcurrentOrders());
        Map<UUID, String> excluded = new LinkedHashMap<>();
        List<DispatchScore.Facts> facts = new ArrayList<>();
        Map<UUID, String[]> names = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Array ids = c.createArrayOf("uuid", distances.keySet().toArray());
            Map<UUID, List<WorkerEligibility.Certificate>> certificates = certificates(c, tenant, ids);
            WorkerEligibility eligibility = WorkerEligibility.standard();
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                int i = 1;
                ps.setArray(i++, c.createArrayOf("uuid", skills.toArray()));
                ps.setObject(i++, order.id);
                ps.setArray(i++, c.createArrayOf("varchar", OPEN_STATUSES.toArray()));
                ps.setObject(i++, order.id);
                ps.setObject(i++, order.startAt.minus(Duration.ofMinutes(travelBufferMinutes)).atOffset(ZoneOffset.UTC));
                ps.setObject(i++, order.endAt.plus(Duration.ofMinutes(travelBufferMinutes)).atOffset(ZoneOffset.UTC));
                ps.setObject(i++, order.customerId);
                ps.setObject(i++, order.id);
                ps.setObject(i++, tenant);
                ps.setArray(i, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject("id", UUID.class);
                        String reason = exclusion(rs, skills.size(), rules, eligibility, today,
                                certificates.getOrDefault(id, List.of()));
                        if (reason != null) {
                            excluded.put(id, reason);
                            continue;
                        }
                        int rated = rs.getInt("rating_count");
                        int ratingX100 = (rs.getInt("rating_attitude_x100") + rs.getInt("rating_efficiency_x100")
                                + rs.getInt("rating_quality_x100") + rs.getInt("rating_punctuality_x100")) / 4;
                        int levels = rs.getInt("levels");
                        double levelRank = rs.getObject("levels_below") == null ? 0
                                : levels <= 1 ? 1 : rs.getInt("levels_below") / (double) (levels - 1);
                        facts.add(new DispatchScore.Facts(id, distances.get(id), ratingX100, rated,
                                rs.getInt("completed"), rs.getInt("declined"), rs.getInt("open_orders"), levelRank,
                                rs.getBoolean("favourite")));
                        names.put(id, new String[] { rs.getString("display_name"), rs.getString("phone_last4") });
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Dispatch candidate search failed", e);
        }
        distances.keySet().forEach(id -> {
            if (!names.containsKey(id) && !excluded.containsKey(id)) {
                excluded.put(id, "unknown worker");
            }
        });
        List<Candidate> ranked = DispatchScore.rank(facts, context).stream()
                .map(s -> new Candidate(s, names.get(s.workerId())[0], names.get(s.workerId())[1])).toList();
        return new Evaluation(ranked, excluded);
    }

    private static String exclusion(ResultSet rs, int skillCount, TenantSettings.DispatchRules rules,
            WorkerEligibility eligibility, LocalDate today, List<WorkerEligibility.Certificate> certificates)
            throws SQLException {
        AuditStatus audit = AuditStatus.valueOf(rs.getString("audit_status"));
        WorkerEligibility.Verdict verdict = eligibility.on(today, audit, certificates);
        if (!verdict.eligible()) {
            return "not eligible: " + String.join("; ", verdict.reasons());
        }
        if (!"ONLINE".equals(rs.getString("work_status"))) {
            return "not online";
        }
        if (rs.getInt("skills") < skillCount) {
            return "missing skill";
        }
        if (rs.getBoolean("declined_this")) {
            return "declined this order";
        }
        if (rs.getBoolean("busy")) {
            return "busy at the slot";
        }
        if (rs.getInt("open_orders") >= rules.maxConcurrentOrders()) {
            return "at maximum load";
        }
        return null;
    }

    private static final String SQL = "select w.id, w.audit_status, w.work_status, w.display_name, w.phone_last4,"
            + " w.rating_attitude_x100, w.rating_efficiency_x100, w.rating_quality_x100, w.rating_punctuality_x100,"
            + " w.rating_count,"
            + " (select count(*) from worker_level l2 where l2.tenant_id = w.tenant_id and l2.sort_order < l.sort_order)"
            + "   + case when l.id is null then null else 0 end as levels_below,"
            + " (select count(*) from worker_level l3 where l3.tenant_id = w.tenant_id) as levels,"
            + " (select count(distinct s.service_item_id) from worker_skill s where s.tenant_id = w.tenant_id"
            + "   and s.worker_id = w.id and s.service_item_id = any(?)) as skills,"
            + " (select count(*) from service_order o where o.tenant_id = w.tenant_id and o.worker_id = w.id"
            + "   and o.id <> ? and o.status = any(?)) as open_orders,"
            + " exists (select 1 from worker_booking b where b.tenant_id = w.tenant_id and b.worker_id = w.id"
            + "   and b.active and b.order_id is distinct from ? and b.during && tstzrange(?::timestamptz, ?::timestamptz)) as busy,"
            + " exists (select 1 from customer_favourite f where f.tenant_id = w.tenant_id and f.customer_id = ?"
            + "   and f.worker_id = w.id) as favourite,"
            + " (select count(*) from service_order o where o.tenant_id = w.tenant_id and o.worker_id = w.id"
            + "   and o.status = 'COMPLETED') as completed,"
            + " (select count(*) from order_timeline t where t.tenant_id = w.tenant_id and t.action = 'DECLINE'"
            + "   and t.actor_id = w.id::text) as declined,"
            + " exists (select 1 from order_timeline t where t.tenant_id = w.tenant_id and t.order_id = ?"
            + "   and t.action = 'DECLINE' and t.actor_id = w.id::text) as declined_this"
            + " from worker w left join worker_level l on l.tenant_id = w.tenant_id and l.id = w.level_id"
            + " where w.tenant_id = ? and w.id = any(?)";

    private static Map<UUID, List<WorkerEligibility.Certificate>> certificates(Connection c, UUID tenant, Array ids)
            throws SQLException {
        Map<UUID, List<WorkerEligibility.Certificate>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select worker_id, type, audit_state, expires_on"
                + " from worker_certificate where tenant_id = ? and worker_id = any(?)")) {
            ps.setObject(1, tenant);
            ps.setArray(2, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new WorkerEligibility.Certificate(CertificateType.valueOf(rs.getString(2)),
                                    CertificateAudit.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)));
                }
            }
        }
        return out;
    }
}
