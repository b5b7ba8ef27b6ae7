package io.hearth.platform.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox scenario's hooks, with the relay switched on but its schedule an hour away: events emitted through
 * the outbox reach their consumer because the emitting commit wakes the relay, not because a scheduled run came.
 */
@QuarkusTest
@TestProfile(BenchEventsTest.RelayOnBenchOn.class)
class BenchEventsTest {

    public static class RelayOnBenchOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.bench.enabled", "true", "hearth.events.relay.enabled", "true",
                    "hearth.events.relay.every", "1h", "hearth.events.relay.delay", "1h");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void emittedEventsAreRelayedAtCommitAndConsumedOnceBySink() throws InterruptedException {
        String run = "test-" + UUID.randomUUID();
        given().when().post("/api/bench/events?count=3&run=" + run).then().statusCode(204);
        given().when().post("/api/bench/events?count=0&run=" + run).then().statusCode(400);
        long consumed = 0;
        for (int i = 0; i < 200 && consumed < 3; i++) { // bounded wait for the asynchronous relay run, not a timing claim
            Thread.sleep(100);
            consumed = consumed(run);
        }
        assertEquals(3, consumed);
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = :run and status = 'PUBLISHED'")
                .setParameter("run", run).getSingleResult()).longValue()));
    }

    private long consumed(String run) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from event_consumption c join outbox_event e on e.id = c.event_id"
                        + " where c.consumer = 'bench_sink' and c.status = 'DONE' and e.aggregate_id = :run")
                .setParameter("run", run).getSingleResult()).longValue());
    }
}
