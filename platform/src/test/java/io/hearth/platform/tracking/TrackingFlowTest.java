package io.hearth.platform.tracking;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.dispatch.WorkerPositions;
import io.hearth.platform.events.OutboxRelay;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.realtime.TestSocket;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tracking and the order stream over WebSockets: a customer follows their worker only between departure and
 * arrival, staff see every position and the board stream of their tenant only, positions are checked and
 * rate-limited over REST and WebSocket alike.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TrackingFlowTest {

    static final double HOME_LAT = 30.2741;
    static final double HOME_LNG = 120.1551;

    @TestHTTPResource("/")
    URI base;

    @Inject
    OrderWorld fixtures;

    @Inject
    OutboxRelay relay;

    @Inject
    RealtimeBus bus;

    @Inject
    PositionRateLimit rateLimit;

    @Inject
    WorkerPositions positions;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
            for (OrderWorld.Side s : List.of(world.a(), world.b())) {
                online(s.side().worker());
            }
        }
        relay.publishPending();
    }

    static void online(AppUsers.Session worker) {
        as(worker).body(Map.of("status", "ONLINE")).when().put("/api/worker/me/status").then().statusCode(200);
    }

    static Map<String, Object> position(double lat, double lng) {
        Map<String, Object> p = new HashMap<>();
        p.put("lat", lat);
        p.put("lng", lng);
        return p;
    }

    void report(OrderWorld.Side side, AppUsers.Session worker, double lat, double lng) {
        rateLimit.clear(side.tenantId(), UUID.fromString(worker.subjectId()));
        as(worker).body(position(lat, lng)).when().post("/api/worker/me/position").then().statusCode(200)
                .body("lat", equalTo((float) lat)).body("lng", equalTo((float) lng));
    }

    UUID paidOrder(OrderWorld.Side side) {
        UUID quote = fixtures.quote(side, side.worker(), OrderWorld.hoursAhead(24 + (long) (Math.random() * 300)), 20_000);
        UUID order = OrderWorld.order(side, quote);
        OrderWorld.payInSandbox(side, order);
        return order;
    }

    static void step(AppUsers.Session worker, UUID order, String step) {
        as(worker).when().post("/api/worker/orders/" + order + "/" + step).then().statusCode(200);
    }

    @Test
    void theCustomerFollowsTheWorkerOnlyWhileOnTheWay() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = a.side().worker();
        try (TestSocket customer = TestSocket.open(base, "/ws/app", a.side().customer().accessToken());
                TestSocket workerSocket = TestSocket.open(base, "/ws/worker", worker.accessToken());
                TestSocket staff = TestSocket.open(base, "/ws/staff", TestSocket.dispatcher(a.side()));
                TestSocket otherStaff = TestSocket.open(base, "/ws/staff", TestSocket.dispatcher(world.b().side()))) {
            UUID order = paidOrder(a);
            relay.publishPending();
            JsonPath created = staff.next("order.created");
            assertEquals(order.toString(), created.getString("payload.orderId"));
            assertEquals("PENDING_PAYMENT", created.getString("payload.status"));
            assertFalse(created.getMap("payload").containsKey("contactPhone"));
            assertEquals(order.toString(), customer.next("order.updated").getString("payload.orderId"));

            step(worker, order, "accept");
            relay.publishPending();
            assertEquals("ACCEPTED", untilStatus(customer, "ACCEPTED").getString("payload.status"));
            assertEquals(a.worker().toString(), untilStatus(workerSocket, "ACCEPTED").getString("payload.workerId"));
            untilStatus(staff, "ACCEPTED");

            // accepted, not yet on the way: staff see the position, the customer does not
            report(a, worker, 30.30, 120.20);
            JsonPath onBoard = staff.next("worker.position");
            assertEquals(a.worker().toString(), onBoard.getString("payload.workerId"));
            assertEquals(30.30, onBoard.getDouble("payload.lat"), 1e-9);
            String marker = TestSocket.Markers.publish(bus, Audience.customer(a.tenantId(), a.customer()));
            assertEquals(List.of(), customer.beforeMarker(marker, "worker.position"));
            as(a.side().customer()).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(409)
                    .contentType("application/problem+json").body("code", equalTo("tracking-unavailable"));

            // departed: the update first, then every position with distance and ETA
            step(worker, order, "depart");
            relay.publishPending();
            JsonPath departed = untilStatus(customer, "DEPARTED");
            assertEquals("ACCEPTED", departed.getString("payload.from"));
            report(a, worker, HOME_LAT + 0.01, HOME_LNG);
            assertEquals(HOME_LAT + 0.01, staff.next("worker.position").getDouble("payload.lat"), 1e-9);
            JsonPath onTheWay = customer.next("worker.position");
            assertEquals(order.toString(), onTheWay.getString("payload.orderId"));
            assertEquals(a.worker().toString(), onTheWay.getString("payload.workerId"));
            assertEquals(1112, onTheWay.getInt("payload.distanceMeters"), 1);
            assertEquals(6, onTheWay.getInt("payload.etaMinutes"));
            as(a.side().customer()).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(200)
                    .body("status", equalTo("DEPARTED")).body("workerId", equalTo(a.worker().toString()))
                    .body("position.lat", equalTo((float) (HOME_LAT + 0.01)))
                    .body("distanceMeters", equalTo(1112)).body("etaMinutes", equalTo(6));

            // the same over the worker's WebSocket
            rateLimit.clear(a.tenantId(), a.worker());
            workerSocket.send("{\"type\":\"position\",\"lat\":" + HOME_LAT + ",\"lng\":" + (HOME_LNG + 0.001)
                    + ",\"accuracyM\":8}");
            JsonPath ack = workerSocket.next("position.accepted");
            assertEquals(HOME_LAT, ack.getDouble("payload.lat"), 1e-9);
            JsonPath close = customer.next("worker.position");
            assertEquals(96, close.getInt("payload.distanceMeters"), 2);
            assertEquals(3, close.getInt("payload.etaMinutes"));
            JsonPath fromSocket = staff.next("worker.position");
            assertEquals(HOME_LNG + 0.001, fromSocket.getDouble("payload.lng"), 1e-9);
            assertEquals(8.0, fromSocket.getDouble("payload.accuracyM"), 1e-9);

            // arrived: no more positions for the customer
            step(worker, order, "arrive");
            relay.publishPending();
            untilStatus(customer, "ARRIVED");
            report(a, worker, HOME_LAT, HOME_LNG);
            staff.next("worker.position");
            String after = TestSocket.Markers.publish(bus, Audience.customer(a.tenantId(), a.customer()));
            assertEquals(List.of(), customer.beforeMarker(after, "worker.position"));
            as(a.side().customer()).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(409)
                    .body("code", equalTo("tracking-unavailable"));

            // tenant B's board heard nothing of all this
            String bMarker = TestSocket.Markers.publish(bus, Audience.staff(world.b().tenantId()));
            List<JsonPath> leaked = otherStaff.beforeMarker(bMarker, "worker.position");
            assertEquals(List.of(), leaked);
        }
    }

    static JsonPath untilStatus(TestSocket socket, String status) {
        while (true) {
            JsonPath update = socket.next("order.updated");
            if (status.equals(update.getString("payload.status"))) {
                return update;
            }
        }
    }

    @Test
    void positionsAreRateLimitedPerWorkerOverRestAndWebSocket() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = a.side().worker();
        report(a, worker, 30.25, 120.15);
        as(worker).body(position(30.26, 120.16)).when().post("/api/worker/me/position").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("position-too-frequent"));
        try (TestSocket socket = TestSocket.open(base, "/ws/worker", worker.accessToken())) {
            socket.send("{\"type\":\"position\",\"lat\":30.27,\"lng\":120.17}");
            JsonPath error = socket.next("error");
            assertEquals("position-too-frequent", error.getString("payload.code"));
            assertEquals(429, error.getInt("payload.status"));
            assertEquals("position", error.getString("payload.replyTo"));
        }
        // the refused ones changed nothing
        assertEquals(30.25, positions.of(a.tenantId(), a.worker(), Instant.now(), Duration.ofMinutes(5)).orElseThrow()
                .lat(), 1e-4);
        // another worker has an interval of their own
        AppUsers.Session other = fixtures.newWorker(a, a.item());
        online(other);
        as(other).body(position(30.26, 120.16)).when().post("/api/worker/me/position").then().statusCode(200);
    }

    @Test
    void badPositionsAreRefusedAndChangeNothing() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = a.side().worker();
        report(a, worker, 30.2, 120.2);
        rateLimit.clear(a.tenantId(), a.worker());
        for (Map<String, Object> bad : List.of(position(91, 120), position(30, 180.5), position(-86, 0),
                Map.<String, Object>of("lat", 30.0), Map.<String, Object>of("lat", "north", "lng", 120))) {
            as(worker).body(bad).when().post("/api/worker/me/position").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("validation-failed"));
        }
        Map<String, Object> inaccurate = position(30, 120);
        inaccurate.put("accuracyM", -1);
        as(worker).body(inaccurate).when().post("/api/worker/me/position").then().statusCode(400)
                .body("errors.field", hasItem("accuracyM"));
        Map<String, Object> future = position(30, 120);
        future.put("at", Instant.now().plus(Duration.ofHours(1)).toString());
        as(worker).body(future).when().post("/api/worker/me/position").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("position-time-invalid"));
        Map<String, Object> old = position(30, 120);
        old.put("at", Instant.now().minus(Duration.ofHours(1)).toString());
        as(worker).body(old).when().post("/api/worker/me/position").then().statusCode(422)
                .body("code", equalTo("position-time-invalid"));
        as(worker).contentType("application/json").body("{\"lat\": 30,").when().post("/api/worker/me/position").then()
                .statusCode(400).contentType("application/problem+json");
        try (TestSocket socket = TestSocket.open(base, "/ws/worker", worker.accessToken())) {
            socket.send("{\"type\":\"position\",\"lat\":95,\"lng\":120}");
            JsonPath range = socket.next("error");
            assertEquals("validation-failed", range.getString("payload.code"));
            assertEquals(400, range.getInt("payload.status"));
            assertTrue(range.getMap("payload.errors").containsKey("lat"));
            socket.send("{\"type\":\"position\",\"lat\":\"x\",\"lng\":120}");
            assertEquals("validation-failed", socket.next("error").getString("payload.code"));
            socket.send("{\"type\":\"position\",\"lng\":120}");
            assertEquals("validation-failed", socket.next("error").getString("payload.code"));
        }
        // nothing was stored, and the interval was not used up
        assertEquals(30.2, positions.of(a.tenantId(), a.worker(), Instant.now(), Duration.ofMinutes(5)).orElseThrow()
                .lat(), 1e-4);
        as(worker).body(position(30.21, 120.2)).when().post("/api/worker/me/position").then().statusCode(200);
        // only workers report positions
        as(a.side().customer()).body(position(30, 120)).when().post("/api/worker/me/position").then().statusCode(403);
        as(TestSocket.owner(a.side())).body(position(30, 120)).when().post("/api/worker/me/position").then().statusCode(403);
    }

    @Test
    void anOfflineWorkerIsOffTheMapAndReportsNothing() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = fixtures.newWorker(a, a.item());
        UUID id = UUID.fromString(worker.subjectId());
        as(worker).body(position(30.2, 120.2)).when().post("/api/worker/me/position").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("position-worker-not-at-work"));
        online(worker);
        as(worker).body(position(30.2, 120.2)).when().post("/api/worker/me/position").then().statusCode(200);
        assertTrue(positions.of(a.tenantId(), id, Instant.now(), Duration.ofMinutes(5)).isPresent());
        as(worker).body(Map.of("status", "OFFLINE")).when().put("/api/worker/me/status").then().statusCode(200);
        relay.publishPending();
        assertTrue(positions.of(a.tenantId(), id, Instant.now(), Duration.ofMinutes(5)).isEmpty());
        as(worker).body(position(30.2, 120.2)).when().post("/api/worker/me/position").then().statusCode(409)
                .body("code", equalTo("position-worker-not-at-work"));
    }

    @Test
    void anotherCustomersOrAnotherTenantsOrderHasNoTracking() {
        OrderWorld.Side a = world.a();
        OrderWorld.Side b = world.b();
        UUID order = paidOrder(a);
        as(b.side().customer()).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(404)
                .contentType("application/problem+json");
        as(fixtures.newCustomer(a)).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(404);
        as(a.side().worker()).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(403);
        as(a.side().customer()).when().get("/api/app/orders/" + UUID.randomUUID() + "/tracking").then().statusCode(404);
        as(a.side().customer()).when().get("/api/app/orders/" + order + "/tracking").then().statusCode(409)
                .body("code", equalTo("tracking-unavailable"));
    }

    @Test
    void stalePositionsArePruned() {
        OrderWorld.Side b = world.b();
        UUID ghost = UUID.randomUUID();
        positions.report(b.tenantId(), ghost, 30.1, 120.1, Instant.now().minus(Duration.ofHours(2)));
        report(b, b.side().worker(), 30.2, 120.2);
        assertTrue(cleanup.prune(Instant.now()) >= 1);
        assertTrue(positions.of(b.tenantId(), ghost, Instant.now(), Duration.ofDays(1)).isEmpty());
        assertTrue(positions.of(b.tenantId(), b.worker(), Instant.now(), Duration.ofMinutes(5)).isPresent());
    }

    @Inject
    PositionCleanup cleanup;
}
