package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consumer {@code dispatch_alert_resolution}: after an order event (accepted, departed, arrived, completed,
 * cancelled, rescheduled, sent back to dispatch, ...) resolves automatically each of the order's unresolved
 * monitor alerts that the order's <em>current</em> state no longer shows ({@link MonitorThresholds#stillHolds}),
 * with the event type as the reason. The current state is read rather than the event's, so an event delivered
 * late never resolves an alert raised after it for a new episode; repeated delivery changes nothing.
 * COMPLAINT alerts are resolved when their complaints are closed, not by the order.
 */
@ApplicationScoped
public class AlertAutoResolution implements EventConsumer {

    public static final String NAME = "dispatch_alert_resolution";

    private static final Set<String> TYPES = Set.of("order.accepted", "order.assigned", "order.rescheduled",
            "order.departed", "order.arrived", "order.started", "order.completed", "order.cancelled",
            "order.closed_unpaid");

    @Inject
    EntityManager em;

    @Inject
    DispatchAlertRepository alerts;

    @Inject
    DispatchAlerts changes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void handle(EventEnvelope event) {
        UUID orderId = UUID.fromString(event.payload().path("orderId").asText());
        List<DispatchAlert> open = alerts.unresolvedOfOrder(orderId);
        if (open.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> order = em.createNativeQuery("select status, start_at from service_order"
                + " where tenant_id = cast(:t as uuid) and id = cast(:o as uuid)")
                .setParameter("t", TenantContext.require().toString()).setParameter("o", orderId.toString())
                .getResultList();
        if (order.isEmpty()) {
            return;
        }
        String status = (String) order.get(0)[0];
        Instant startAt = AlertViews.instant(order.get(0)[1]);
        for (DispatchAlert a : open) {
            if (!MonitorThresholds.stillHolds(a.kind, status, startAt, a.episodeAt)) {
                changes.resolveAutomatically(a, "Cleared by " + event.type() + " (order now " + status + ")");
            }
        }
    }
}
