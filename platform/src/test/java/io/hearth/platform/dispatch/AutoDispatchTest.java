package io.hearth.platform.dispatch;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** AUTO mode: the best-scored candidate is assigned at once; a decline passes the order to the next. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AutoDispatchTest {

    @Inject
    DispatchWorld world;

    @Inject
    RealtimeInbox inbox;

    @Inject
    OrderWorld orders;

    @Test
    void theBestScoredWorkerIsAssignedAndADeclinePassesItToTheNext() {
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "AUTO", 60, DispatchWorld.rules(5, 15, 3, 300, 30));
        AppUsers.Session far = world.onlineWorker(a, 3);
        AppUsers.Session nearest = world.onlineWorker(a, 0.4);
        AppUsers.Session second = world.onlineWorker(a, 1.2);
        Instant start = OrderWorld.hoursAhead(50);
        UUID order = world.waitingOrder(a, start);

        JsonPath d = DispatchWorld.staffOrder(a, order);
        assertEquals("PENDING_DISPATCH", d.getString("status"));
        assertEquals(nearest.subjectId(), d.getString("workerId"));
        assertEquals("ASSIGN", d.getString("timeline[-1].action"));
        assertEquals("SYSTEM", d.getString("timeline[-1].actorKind"));
        assertTrue(d.getDouble("timeline[-1].details.score") > 0);
        assertEquals(1, orders.activeBookings(a.tenantId(), DispatchWorld.id(nearest)));
        assertEquals(1, inbox.about(order, Audience.worker(a.tenantId(), DispatchWorld.id(nearest)), "dispatch.assigned")
                .size());
        assertEquals(0, DispatchWorld.rounds(a, order).size());

        // Delivering again changes nothing (idempotent: the order has a worker).
        world.deliver();
        assertEquals(nearest.subjectId(), DispatchWorld.staffOrder(a, order).getString("workerId"));

        as(nearest).body(Map.of("reason", "too far")).when().post("/api/worker/orders/" + order + "/decline")
                .then().statusCode(204);
        world.deliver();
        d = DispatchWorld.staffOrder(a, order);
        assertEquals(second.subjectId(), d.getString("workerId"));
        assertEquals(0, orders.activeBookings(a.tenantId(), DispatchWorld.id(nearest)));

        // The second accepts; the decliner is never offered it again.
        as(second).when().post("/api/worker/orders/" + order + "/accept").then().statusCode(200);
        assertEquals("ACCEPTED", DispatchWorld.staffOrder(a, order).getString("status"));
        as(a.side().dispatcherToken()).when().get("/api/tenant/orders/" + order + "/dispatch/candidates").then()
                .statusCode(200)
                .body("excluded." + nearest.subjectId(), org.hamcrest.Matchers.equalTo("declined this order"));
        assertEquals(0, orders.activeBookings(a.tenantId(), DispatchWorld.id(far)));
    }

    @Test
    void nobodyWithinEitherRadiusLeavesTheOrderToTheDispatchers() {
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "AUTO", 60, DispatchWorld.rules(1, 2, 3, 300, 30));
        world.onlineWorker(a, 4);
        UUID order = world.waitingOrder(a, OrderWorld.hoursAhead(51));
        assertNull(DispatchWorld.staffOrder(a, order).getString("workerId"));
        assertEquals(1, inbox.about(order, Audience.staff(a.tenantId()), "dispatch.manual-needed").size());
        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/orders?state=manual_needed").then()
                .statusCode(200).body("find { it.orderId == '" + order + "' }.reason",
                        org.hamcrest.Matchers.equalTo("NO_CANDIDATE"));
    }

    @Test
    void aWiderRadiusFindsTheWorkerTheFirstOneMissed() {
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "AUTO", 60, DispatchWorld.rules(1, 5, 3, 300, 30));
        AppUsers.Session w = world.onlineWorker(a, 3);
        UUID order = world.waitingOrder(a, OrderWorld.hoursAhead(53));
        JsonPath d = DispatchWorld.staffOrder(a, order);
        assertEquals(w.subjectId(), d.getString("workerId"));
        assertEquals(5, d.getInt("timeline[-1].details.radiusKm"));
    }
}
