package io.hearth.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The relay and consumers over the real local RabbitMQ (durable topic exchange, durable queue). */
@QuarkusTest
@TestProfile(RabbitMqTransportProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class RabbitMqDeliveryTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EventTransport transport;

    @Inject
    EventCodec codec;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    FlakyTestConsumer consumer;

    @Test
    void everyEventArrivesThroughTheBrokerAndARedeliveryIsNotAppliedTwice() throws Exception {
        assertTrue(transport instanceof RabbitMqTransport, "built with the RabbitMQ transport");
        UUID tenant = fixtures.pair().a().tenantId();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // the 5th fails once (FAILED, retry due later); the redelivery below applies it
            events.add(emit(tenant, "test.rabbit", Map.of("n", i, "failTimes", i == 4 ? 1 : 0)));
        }
        List<UUID> published = relay.publishPending();
        assertTrue(published.containsAll(events), "all published after the broker confirmed them");

        waitFor(() -> events.stream().filter(e -> e != events.get(4)).allMatch(e -> consumer.applied(e) == 1));
        assertEquals(tenant, consumer.tenantSeen(events.get(0)), "tenant set from the event");

        // The broker delivers every event again (as after a consumer crash before its ack).
        for (UUID id : events) {
            EventEnvelope e = QuarkusTransaction.requiringNew().call(() -> dispatcher.load(id)).orElseThrow();
            transport.publish(e, codec.encode(e)).toCompletableFuture().get();
        }
        UUID sentinel = emit(tenant, "test.rabbit", Map.of("n", -1));
        relay.publishPending();
        waitFor(() -> consumer.applied(sentinel) == 1); // the queue is consumed in order: the duplicates came first
        for (int i = 0; i < events.size(); i++) {
            assertEquals(1, consumer.applied(events.get(i)), "applied once: event " + i);
        }
    }

    private UUID emit(UUID tenant, String type, Map<String, ?> payload) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> outbox.emit(tenant, type, "test", UUID.randomUUID(), payload)));
    }

    /** Bounded wait for asynchronous delivery (not a timing assertion: it only limits a hang). */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "delivered within a minute");
            Thread.sleep(100);
        }
    }
}
