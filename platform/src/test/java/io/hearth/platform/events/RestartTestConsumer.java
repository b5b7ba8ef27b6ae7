package io.hearth.platform.events;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Test-only consumer of {@code test.restart} events whose effect survives an application restart: it counts
 * applications per event in the test table {@code events_test_effect} (created by the restart test), inside the
 * dispatcher's transaction. Slow on purpose (100 ms per event) so that an application stop finds work in flight.
 */
@ApplicationScoped
public class RestartTestConsumer implements EventConsumer {

    static final String TYPE = "test.restart";

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "test_restart";
    }

    @Override
    public boolean accepts(String type) {
        return type.equals(TYPE);
    }

    @Override
    public void handle(EventEnvelope event) {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        em.createNativeQuery("insert into events_test_effect as x (event_id, tenant_id, applied) values (:e, cast(:t as uuid), 1)"
                + " on conflict (event_id) do update set applied = x.applied + 1")
                .setParameter("e", event.id()).setParameter("t", TenantContext.require().toString()).executeUpdate();
    }
}
