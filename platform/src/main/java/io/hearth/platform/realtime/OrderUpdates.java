package io.hearth.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Consumer {@code realtime}: every order event ({@code order.*}) becomes an {@code order.updated} message to the
 * order's customer and its worker (if any), and {@code order.created} / {@code order.updated} to the tenant's staff
 * (the dispatch board). The payload carries what a list row needs and no personal data: orderId, orderNo, status,
 * previous status, action, startAt, workerId. Published through {@link RealtimeBus} inside the consumption's
 * transaction, so it leaves once, after the consumption committed.
 */
@ApplicationScoped
public class OrderUpdates implements EventConsumer {

    public static final String NAME = "realtime";

    @Inject
    RealtimeBus bus;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return type.startsWith("order.");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.tenantId() == null) {
            return;
        }
        JsonNode p = event.payload();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderId", text(p, "orderId"));
        payload.put("orderNo", text(p, "orderNo"));
        payload.put("status", text(p, "to"));
        payload.put("from", text(p, "from"));
        payload.put("action", text(p, "action"));
        payload.put("startAt", text(p, "startAt"));
        payload.put("workerId", text(p, "workerId"));
        UUID customer = uuid(p, "customerId");
        UUID worker = uuid(p, "workerId");
        if (customer != null) {
            bus.publish(Audience.customer(event.tenantId(), customer), "order.updated", payload);
        }
        if (worker != null) {
            bus.publish(Audience.worker(event.tenantId(), worker), "order.updated", payload);
        }
        bus.publish(Audience.staff(event.tenantId()), event.type().equals("order.created") ? "order.created"
                : "order.updated", payload);
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static UUID uuid(JsonNode p, String field) {
        String v = text(p, field);
        try {
            return v == null ? null : UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
