package io.hearth.platform.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.Actor;
import io.hearth.platform.order.OrderAction;
import io.hearth.platform.order.OrderTransitions;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.order.statistics.OrderStatistics;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EventsTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    OrderTransitions transitions;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    ConsumptionRetrier retrier;

    @Inject
    FlakyTestConsumer flaky;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedChangeEmitsExactlyOneEventARolledBackOneNone() {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        UUID order = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 6_000));
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = ? and type = 'order.created'"
                + " and tenant_id = ? and payload->>'to' = 'PENDING_PAYMENT'", order.toString(), a.tenantId()));

        // The transition runs, then its transaction rolls back: no event.
        RuntimeException boom = new IllegalStateException("roll back");
        try {
            TenantContext.run(a.tenantId(), () -> QuarkusTransaction.requiringNew().run(() -> {
                transitions.apply(order, OrderAction.CANCEL, Actor.customer(a.customer()), "test", OrderTransitions.NOTHING);
                throw boom;
            }));
        } catch (IllegalStateException expected) {
            assertEquals("roll back", expected.getMessage());
        }
        assertEquals(0, count("select count(*) from outbox_event where aggregate_id = ? and type = 'order.cancelled'",
                order.toString()));

        // The same transition committed: exactly one event, with the transition's facts.
        TenantContext.run(a.tenantId(), () -> QuarkusTransaction.requiringNew().run(
                () -> transitions.apply(order, OrderAction.CANCEL, Actor.customer(a.customer()), "test", OrderTransitions.NOTHING)));
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = ? and type = 'order.cancelled'"
                + " and payload->>'from' = 'PENDING_PAYMENT' and payload->>'to' = 'CANCELLED'"
                + " and payload->>'orderId' = ?", order.toString(), order.toString()));

        // Worker approval and tenant activation went through the outbox too.
        assertEquals(1, count("select count(*) from outbox_event where type = 'worker.approved' and aggregate_id = ?"
                + " and tenant_id = ?", a.worker().toString(), a.tenantId()));
        assertEquals(1, count("select count(*) from outbox_event where type = 'tenant.activated' and tenant_id = ?",
                a.tenantId()));
    }

    @Test
    void theRelayPublishesInOrderAndConsumersApplyEachEventOnceForItsTenant() {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        OrderWorld.Side b = world.b();
        UUID order = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 6_000));
        TenantContext.run(a.tenantId(), () -> QuarkusTransaction.requiringNew().run(
                () -> transitions.apply(order, OrderAction.CANCEL, Actor.customer(a.customer()), "test", OrderTransitions.NOTHING)));
        UUID created = eventId(order, "order.created");
        UUID cancelled = eventId(order, "order.cancelled");

        List<UUID> published = relay.publishPending();
        assertTrue(published.indexOf(created) >= 0 && published.indexOf(created) < published.indexOf(cancelled),
                "created is published before cancelled");
        assertEquals(2, count("select count(*) from outbox_event where id in (?, ?) and status = 'PUBLISHED'"
                + " and published_at is not null", created, cancelled));
        assertEquals(List.of(), relay.publishPending().stream().filter(id -> id.equals(created) || id.equals(cancelled))
                .toList(), "published events are not published again");

        assertEquals(List.of(1, 0, 1), statistics(a.tenantId()));
        assertEquals(List.of(0, 0, 0), statistics(b.tenantId()), "tenant B's statistics are untouched");
        assertEquals(2, count("select count(*) from event_consumption where consumer = ? and event_id in (?, ?)"
                + " and status = 'DONE'", OrderStatistics.NAME, created, cancelled));

        // The same event delivered again (a broker redelivery) is not applied twice.
        EventEnvelope again = QuarkusTransaction.requiringNew().call(() -> dispatcher.load(created)).orElseThrow();
        dispatcher.deliver(again);
        dispatcher.deliver(again);
        assertEquals(List.of(1, 0, 1), statistics(a.tenantId()));
    }

    @Test
    void aFailingConsumerIsRetriedWithBackoffParkedListedAndRetriedBySuperAdmins() {
        OrderWorld.Pair world = fixtures.pair();
        UUID tenant = world.a().tenantId();
        // fails 3 times = max-attempts in %test: parked; the super-admin's retry is the 4th try and succeeds
        UUID event = emit(tenant, "test.flaky", Map.of("failTimes", 3));
        relay.publishPending();
        assertEquals("FAILED", consumption(event).status());
        assertEquals(1, consumption(event).attempts());
        assertEquals(Duration.ofSeconds(5), consumption(event).backoff(), "first backoff = base");

        // Not due yet: nothing runs.
        Instant due = consumption(event).nextAttemptAt();
        retrier.retryDue(due.minusMillis(1));
        assertEquals(1, consumption(event).attempts());

        retrier.retryDue(due);
        assertEquals("FAILED", consumption(event).status());
        assertEquals(2, consumption(event).attempts());
        assertEquals(Duration.ofSeconds(10), consumption(event).backoff(), "backoff doubles");

        retrier.retryDue(consumption(event).nextAttemptAt());
        assertEquals("PARKED", consumption(event).status());
        assertEquals(3, consumption(event).attempts());
        assertEquals(null, consumption(event).nextAttemptAt());
        retrier.retryDue(Instant.now().plus(Duration.ofDays(365)));
        assertEquals(3, consumption(event).attempts(), "parked consumptions are not retried by the job");
        assertEquals(0, flaky.applied(event));

        JsonPath parked = findParked(event);
        assertEquals("test.flaky", parked.getString("type"));
        assertEquals(tenant.toString(), parked.getString("tenantId"));
        assertEquals(3, parked.getInt("attempts"));
        assertTrue(parked.getString("lastError").contains("planned failure 3"));

        given().auth().oauth2(world.two().a().ownerToken()).when().get("/api/platform/events/parked")
                .then().statusCode(403);
        given().auth().oauth2(world.two().a().ownerToken()).when()
                .post("/api/platform/events/parked/test_flaky/" + event + "/retry").then().statusCode(403);

        given().auth().oauth2(StaffTokens.superAdmin()).when()
                .post("/api/platform/events/parked/test_flaky/" + event + "/retry")
                .then().statusCode(200).body("status", equalTo("DONE"));
        assertEquals(1, flaky.applied(event));
        assertEquals(tenant, flaky.tenantSeen(event), "the consumer ran for the event's tenant");
        given().auth().oauth2(StaffTokens.superAdmin()).when()
                .post("/api/platform/events/parked/test_flaky/" + event + "/retry").then().statusCode(404);
        given().auth().oauth2(StaffTokens.superAdmin()).when()
                .post("/api/platform/events/parked/no_such_consumer/" + event + "/retry").then().statusCode(404);
        assertEquals(1, flaky.applied(event));
    }

    @Test
    void twoRelaysAtOncePublishEveryEventExactlyOnce() throws Exception {
        UUID tenant = fixtures.pair().a().tenantId();
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            mine.add(emit(tenant, "test.counted", Map.of("n", i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<UUID>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return relay.publishPending();
                }));
            }
            start.countDown();
            List<UUID> first = runs.get(0).get(2, TimeUnit.MINUTES);
            List<UUID> second = runs.get(1).get(2, TimeUnit.MINUTES);
            Set<UUID> overlap = new HashSet<>(first);
            overlap.retainAll(second);
            assertEquals(Set.of(), overlap, "no event published by both relays");
            List<UUID> all = new ArrayList<>(first);
            all.addAll(second);
            for (UUID id : mine) {
                assertEquals(1, all.stream().filter(id::equals).count(), "published once: " + id);
                assertEquals(1, flaky.applied(id), "applied once: " + id);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parkedListRefusesTenantStaffAndPagesWithACursor() {
        given().auth().oauth2(StaffTokens.staff("evt-owner", "nobody", "owner")).when()
                .get("/api/platform/events/parked").then().statusCode(403);
        given().auth().oauth2(StaffTokens.superAdmin()).when().get("/api/platform/events/parked?afterConsumer=x")
                .then().statusCode(400).body("code", equalTo("events-cursor-incomplete"));
    }

    private UUID emit(UUID tenant, String type, Map<String, ?> payload) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> outbox.emit(tenant, type, "test", UUID.randomUUID(), payload)));
    }

    private JsonPath findParked(UUID event) {
        String afterConsumer = null;
        String afterEvent = null;
        while (true) {
            var request = given().auth().oauth2(StaffTokens.superAdmin()).queryParam("limit", 200);
            if (afterConsumer != null) {
                request.queryParam("afterConsumer", afterConsumer).queryParam("afterEvent", afterEvent);
            }
            JsonPath page = request.when().get("/api/platform/events/parked").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (event.toString().equals(items.get(i).get("eventId")) && "test_flaky".equals(items.get(i).get("consumer"))) {
                    return new JsonPath(page.prettify()).setRootPath("items[" + i + "]");
                }
            }
            afterConsumer = page.getString("nextAfterConsumer");
            afterEvent = page.getString("nextAfterEvent");
            assertNotNull(afterConsumer, "parked consumption listed");
        }
    }

    record Consumption(String status, int attempts, Instant nextAttemptAt, Instant updatedAt) {
        Duration backoff() {
            return Duration.between(updatedAt, nextAttemptAt);
        }
    }

    private Consumption consumption(UUID event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select status,"
                + " attempts, next_attempt_at, updated_at from event_consumption where consumer = 'test_flaky' and event_id = ?")) {
            ps.setObject(1, event);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "consumption recorded");
                OffsetDateTime next = rs.getObject(3, OffsetDateTime.class);
                return new Consumption(rs.getString(1), rs.getInt(2), next == null ? null : next.toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** created, completed, cancelled over all days. */
    private List<Integer> statistics(UUID tenant) {
        return List.of(count("select coalesce(sum(created_count), 0) from order_statistics where tenant_id = ?", tenant),
                count("select coalesce(sum(completed_count), 0) from order_statistics where tenant_id = ?", tenant),
                count("select coalesce(sum(cancelled_count), 0) from order_statistics where tenant_id = ?", tenant));
    }

    private UUID eventId(UUID order, String type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from outbox_event where aggregate_id = ? and type = ?")) {
            ps.setString(1, order.toString());
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), type + " emitted");
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, Object... params) {
        return fixtures.count(sql, params);
    }
}
