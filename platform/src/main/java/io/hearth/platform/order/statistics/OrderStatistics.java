package io.hearth.platform.order.statistics;

import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Consumer {@code order_statistics}: per tenant and day (the event's day in the tenant's time zone) the orders
 * created, completed and cancelled and the completed revenue (order total, fen). Fed by the order events of the
 * outbox; runs once per event (the dispatcher is idempotent) for the tenant the event carries. Read later by the
 * tenant dashboard.
 */
@ApplicationScoped
public class OrderStatistics implements EventConsumer {

    public static final String NAME = "order_statistics";

    @Inject
    EntityManager em;

    @Inject
    TenantSettingsLookup settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return type.equals("order.created") || type.equals("order.completed") || type.equals("order.cancelled")
                || type.equals("order.closed_unpaid");
    }

    @Override
    public void handle(EventEnvelope event) {
        var tenant = TenantContext.require(); // the event's tenant, set by the dispatcher
        LocalDate day = event.occurredAt().atZone(settings.of(tenant).zone()).toLocalDate();
        int created = event.type().equals("order.created") ? 1 : 0;
        int completed = event.type().equals("order.completed") ? 1 : 0;
        int cancelled = event.type().equals("order.cancelled") || event.type().equals("order.closed_unpaid") ? 1 : 0;
        long revenue = completed == 1 ? event.payload().path("totalFen").asLong() : 0L;
        em.createNativeQuery("insert into order_statistics as s (tenant_id, day, created_count, completed_count,"
                + " cancelled_count, completed_revenue_fen) values (cast(:t as uuid), :d, :cr, :co, :ca, :rev)"
                + " on conflict (tenant_id, day) do update set created_count = s.created_count + excluded.created_count,"
                + " completed_count = s.completed_count + excluded.completed_count,"
                + " cancelled_count = s.cancelled_count + excluded.cancelled_count,"
                + " completed_revenue_fen = s.completed_revenue_fen + excluded.completed_revenue_fen")
                .setParameter("t", tenant.toString()).setParameter("d", day).setParameter("cr", created)
                .setParameter("co", completed).setParameter("ca", cancelled).setParameter("rev", revenue)
                .executeUpdate();
    }
}
