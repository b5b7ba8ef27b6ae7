package io.hearth.platform.events;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only consumer of {@code test.*} events: fails the first {@code failTimes} (payload) handlings of an event,
 * counts successful handlings and remembers the tenant it ran for. No production event type starts with test.
 */
@ApplicationScoped
public class FlakyTestConsumer implements EventConsumer {

    final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();
    final Map<UUID, UUID> tenantSeen = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "test_flaky";
    }

    @Override
    public boolean accepts(String type) {
        return type.startsWith("test.") && !type.equals(RestartTestConsumer.TYPE);
    }

    @Override
    public void handle(EventEnvelope event) {
        int call = calls.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
        tenantSeen.put(event.id(), TenantContext.current().orElse(new UUID(0, 0)));
        if (call <= event.payload().path("failTimes").asInt(0)) {
            throw new IllegalStateException("planned failure " + call);
        }
        applied.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
    }

    UUID tenantSeen(UUID event) {
        return tenantSeen.get(event);
    }

    int applied(UUID event) {
        AtomicInteger n = applied.get(event);
        return n == null ? 0 : n.get();
    }
}
