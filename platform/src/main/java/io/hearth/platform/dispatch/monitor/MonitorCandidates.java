package io.hearth.platform.dispatch.monitor;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.tenant.TenantSettings.MonitorRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monitor's reads across tenants: one indexed query per kind ({@code service_order_monitor_idx}: watched
 * states by start) over the orders of ACTIVE tenants that may have crossed the loosest threshold any tenant can
 * set, skipping orders that already have an unresolved alert of the kind or one for the same episode. Which of
 * them are really due is decided per tenant by {@link MonitorThresholds}. Orders whose start is more than
 * {@code hearth.dispatch.monitor.lookback} ago are no longer watched. The tenant's own thresholds are applied in
 * SQL too (from the settings JSON), so only due orders are read; {@link MonitorThresholds} stays the authority.
 */
@ApplicationScoped
class MonitorCandidates {

    /** An order that may be in trouble; {@code episode} as in {@link MonitorThresholds#threshold}. */
    record Candidate(UUID tenantId, UUID orderId, String orderNo, AlertKind kind, Instant episode, Instant startAt,
            UUID workerId, int durationMinutes, String status) {
    }

    /** The @Max of MonitorRules.departLeadMinutes: no tenant warns earlier than this before the start. */
    static final int MAX_DEPART_LEAD_MINUTES = 600;

    private static final String SELECT = "select o.tenant_id, o.id, o.order_no, %s as episode, o.start_at, o.worker_id,"
            + " o.duration_minutes, o.status from service_order o join tenant t on t.id = o.tenant_id and t.status = 'ACTIVE' %s"
            + " where o.status in (%s) and o.start_at >= ? %s"
            + " and not exists (select 1 from dispatch_alert a where a.tenant_id = o.tenant_id and a.order_id = o.id"
            + " and a.kind = '%s' and (a.state <> 'RESOLVED' or a.episode_at = %s))"
            + " order by o.start_at limit ?";

    // The last entry into PENDING_DISPATCH (creation free of charge, payment, sent back to dispatch).
    private static final String DISPATCHABLE_SINCE = "cross join lateral (select tl.at from order_timeline tl"
            + " where tl.tenant_id = o.tenant_id and tl.order_id = o.id and tl.to_status = 'PENDING_DISPATCH'"
            + " and tl.from_status is distinct from 'PENDING_DISPATCH' order by tl.id desc limit 1) d";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "hearth.dispatch.monitor.lookback", defaultValue = "24h")
    Duration lookback;

    @ConfigProperty(name = "hearth.dispatch.monitor.max-per-kind", defaultValue = "2000")
    int maxPerKind;

    List<Candidate> find(Instant now) {
        MonitorRules d = MonitorRules.defaults();
        List<Candidate> all = new ArrayList<>();
        OffsetDateTime from = at(now.minus(lookback));
        OffsetDateTime at = at(now);
        all.addAll(query(AlertKind.UNACCEPTED, String.format(SELECT, "d.at", DISPATCHABLE_SINCE, "'PENDING_DISPATCH'",
                "and d.at <= ? and d.at <= ? - " + rule("unacceptedMinutes") + " * interval '1 minute'", "UNACCEPTED",
                "d.at"), from, at.minusMinutes(1), at, d.unacceptedMinutes()));
        all.addAll(query(AlertKind.NOT_DEPARTED, String.format(SELECT, "o.start_at", "", "'ACCEPTED'",
                "and o.start_at <= ? and o.start_at <= ? + " + rule("departLeadMinutes") + " * interval '1 minute'",
                "NOT_DEPARTED", "o.start_at"), from, at.plusMinutes(MAX_DEPART_LEAD_MINUTES), at, d.departLeadMinutes()));
        all.addAll(query(AlertKind.LATE_ARRIVAL, String.format(SELECT, "o.start_at", "", "'ACCEPTED', 'DEPARTED'",
                "and o.start_at <= ? and o.start_at <= ? - " + rule("lateArrivalMinutes") + " * interval '1 minute'",
                "LATE_ARRIVAL", "o.start_at"), from, at, at, d.lateArrivalMinutes()));
        all.addAll(query(AlertKind.OVERRUN, String.format(SELECT, "o.started_at", "", "'IN_SERVICE', 'PAUSED'",
                "and o.started_at + o.duration_minutes * interval '1 minute' <= ? and o.started_at"
                        + " + (o.duration_minutes * 60 * (100 + " + rule("overrunPercent") + ") / 100) * interval '1 second' <= ?",
                "OVERRUN", "o.started_at"), from, at, d.overrunPercent(), at));
        return all;
    }

    /**
     * The tenant's rule in SQL (the stored setting, else the default bound as a parameter), so that a scan reads
     * only due orders and many orders not due yet never crowd out due ones under {@code max-per-kind}.
     */
    private static String rule(String name) {
        return "coalesce(cast(t.settings -> 'monitorRules' ->> '" + name + "' as integer), ?)";
    }

    private List<Candidate> query(AlertKind kind, String sql, Object... params) {
        List<Candidate> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            ps.setInt(i, maxPerKind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            kind, rs.getObject(4, OffsetDateTime.class).toInstant(),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, UUID.class),
                            rs.getInt(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + kind + " candidates failed", e);
        }
        return found;
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
