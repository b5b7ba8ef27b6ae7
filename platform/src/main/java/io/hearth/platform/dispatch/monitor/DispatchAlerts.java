package io.hearth.platform.dispatch.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.events.Outbox;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every change of an alert, in the caller's tenant and transaction: raised (a conditional insert that relies on
 * the unique index of unresolved alerts, so concurrent monitors raise it once), acknowledged, resolved by staff
 * or automatically. Each change emits {@code alert.opened} / {@code alert.acknowledged} / {@code alert.resolved}
 * to the outbox and pushes the same alert view to the tenant's staff over {@link RealtimeBus}.
 */
@ApplicationScoped
@Transactional
public class DispatchAlerts {

    /** Who resolves automatically (the {@code resolved_by} of such alerts). */
    public static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    @Inject
    DispatchAlertRepository alerts;

    @Inject
    AlertViews views;

    @Inject
    Outbox outbox;

    @Inject
    RealtimeBus realtime;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Raises an alert unless the order already has an unresolved one of this kind or had one for this episode, and
     * (when {@code whileStatusIn} is not empty) only while the order is still in one of those states with the same
     * start (NOT_DEPARTED, LATE_ARRIVAL) or service start (OVERRUN) as the episode. Answers the
     * new alert, or empty when nothing was raised.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<MonitorDto.Alert> raise(UUID orderId, AlertKind kind, Instant episodeAt, Map<String, ?> details,
            Set<String> whileStatusIn, Instant now) {
        String tenant = TenantContext.require().toString();
        UUID id = UUID.randomUUID();
        StringBuilder sql = new StringBuilder("insert into dispatch_alert (tenant_id, id, order_id, kind, state,"
                + " episode_at, raised_at, details) select cast(:t as uuid), cast(:id as uuid), cast(:o as uuid), :kind,"
                + " 'OPEN', :ep, :now, cast(:details as jsonb) where not exists (select 1 from dispatch_alert a"
                + " where a.tenant_id = cast(:t as uuid) and a.order_id = cast(:o as uuid) and a.kind = :kind"
                + " and a.episode_at = :ep)");
        if (!whileStatusIn.isEmpty()) {
            sql.append(" and exists (select 1 from service_order o where o.tenant_id = cast(:t as uuid)"
                    + " and o.id = cast(:o as uuid) and o.status in (:statuses)").append(switch (kind) {
                        // still the start / service start the monitor read (not rescheduled meanwhile)
                        case NOT_DEPARTED, LATE_ARRIVAL -> " and o.start_at = :ep";
                        case OVERRUN -> " and o.started_at = :ep";
                        default -> "";
                    }).append(")");
        }
        sql.append(" on conflict (tenant_id, order_id, kind) where state <> 'RESOLVED' do nothing");
        Query insert = em.createNativeQuery(sql.toString()).setParameter("t", tenant).setParameter("id", id.toString())
                .setParameter("o", orderId.toString()).setParameter("kind", kind.name())
                .setParameter("ep", episodeAt.atOffset(ZoneOffset.UTC))
                .setParameter("now", micros(now).atOffset(ZoneOffset.UTC)).setParameter("details", text(details));
        if (!whileStatusIn.isEmpty()) {
            insert.setParameter("statuses", whileStatusIn);
        }
        if (insert.executeUpdate() == 0) {
            return Optional.empty();
        }
        MonitorDto.Alert view = views.one(id, now);
        announce("alert.opened", view);
        return Optional.of(view);
    }

    public MonitorDto.Alert acknowledge(UUID id, String by) {
        Instant now = now();
        DispatchAlert a = alerts.requireLocked(id);
        move(a, AlertState.ACKNOWLEDGED);
        a.acknowledgedBy = by;
        a.acknowledgedAt = now;
        MonitorDto.Alert view = views.one(id, now);
        announce("alert.acknowledged", view);
        return view;
    }

    public MonitorDto.Alert resolve(UUID id, String by, String note) {
        Instant now = now();
        DispatchAlert a = alerts.requireLocked(id);
        move(a, AlertState.RESOLVED);
        a.resolvedBy = by;
        a.resolvedAt = now;
        a.resolutionNote = note;
        MonitorDto.Alert view = views.one(id, now);
        announce("alert.resolved", view);
        return view;
    }

    /** The condition cleared ({@code reason}: what cleared it); the alert must be unresolved and locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    void resolveAutomatically(DispatchAlert a, String reason) {
        Instant now = now();
        move(a, AlertState.RESOLVED);
        a.resolvedBy = SYSTEM;
        a.resolvedAt = now;
        a.resolutionNote = reason;
        a.resolvedAutomatically = true;
        announce("alert.resolved", views.one(a.id, now));
    }

    private static void move(DispatchAlert a, AlertState next) {
        if (!a.state.canBecome(next)) {
            throw ApiException.conflict("alert-illegal-transition", a.id, a.state, next);
        }
        a.state = next;
    }

    @SuppressWarnings("unchecked")
    private void announce(String type, MonitorDto.Alert view) {
        UUID tenant = TenantContext.require();
        Map<String, Object> payload = json.convertValue(view, Map.class);
        outbox.emit(tenant, type, "dispatch_alert", view.id(), payload);
        realtime.publish(Audience.staff(tenant), type, payload);
    }

    private String text(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Alert details are not JSON-able", e);
        }
    }

    private Instant now() {
        return micros(clock.instant());
    }

    private static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }
}
