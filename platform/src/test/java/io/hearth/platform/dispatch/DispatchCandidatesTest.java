package io.hearth.platform.dispatch;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** MANUAL mode and the eligibility filters, seen through the candidates a dispatcher gets. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DispatchCandidatesTest {

    @Inject
    DispatchWorld world;

    @Inject
    RealtimeInbox inbox;

    @Inject
    io.hearth.platform.events.OutboxRelay relay;

    @Test
    void onlyEligibleFreeSkilledOnlineNearbyWorkersWithRoomAreCandidates() {
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "MANUAL", 60, DispatchWorld.rules(5, 10, 1, 300, 30));
        Instant start = OrderWorld.hoursAhead(50);

        AppUsers.Session good = world.onlineWorker(a, 2);
        AppUsers.Session better = world.onlineWorker(a, 0.5);
        AppUsers.Session offline = world.onlineWorker(a, 1);
        as(offline).body(Map.of("status", "OFFLINE")).when().put("/api/worker/me/status").then().statusCode(200);
        relay.publishPending(); // worker.offline: tracking forgets the position...
        world.at(a, offline, 1, Instant.now()); // ...but the app still reports one: off duty all the same
        AppUsers.Session far = world.onlineWorker(a, 12);
        AppUsers.Session stale = world.onlineWorker(a, 1);
        world.at(a, stale, 1, Instant.now().minus(Duration.ofHours(2)));
        AppUsers.Session busy = world.onlineWorker(a, 1);
        world.orderWith(a, DispatchWorld.id(busy), start.plus(Duration.ofMinutes(120)), false); // right after: within the buffer
        AppUsers.Session loaded = world.onlineWorker(a, 1);
        world.orderWith(a, DispatchWorld.id(loaded), start.plus(Duration.ofHours(8)), true); // 1 open order = max
        AppUsers.Session unskilled = world.onlineWorker(a, world.newItem(a), 1);

        UUID order = world.waitingOrder(a, start);
        // MANUAL: no round, the dispatchers are told.
        assertEquals(0, DispatchWorld.rounds(a, order).size());
        assertEquals(1, inbox.about(order, Audience.staff(a.tenantId()), "dispatch.manual-needed").size());
        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/orders").then().statusCode(200)
                .body("find { it.orderId == '" + order + "' }.reason", equalTo("MODE_MANUAL"));

        as(a.side().dispatcherToken()).when().get("/api/tenant/orders/" + order + "/dispatch/candidates").then()
                .statusCode(200).body("radiusKm", equalTo(10))
                .body("candidates.workerId", contains(better.subjectId(), good.subjectId()))
                .body("candidates[0].rank", equalTo(1))
                .body("candidates[0].phone", equalTo("*******" + better.phone().substring(better.phone().length() - 4)))
                .body("candidates[0].distanceMeters", org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThan(450)).and(org.hamcrest.Matchers.lessThan(550)))
                .body("candidates[0].parts.distance", org.hamcrest.Matchers.greaterThan(0.9f))
                .body("candidates[0].score", org.hamcrest.Matchers.greaterThan(0f))
                .body("excluded." + offline.subjectId(), equalTo("not online"))
                .body("excluded." + busy.subjectId(), equalTo("busy at the slot"))
                .body("excluded." + loaded.subjectId(), equalTo("at maximum load"))
                .body("excluded." + unskilled.subjectId(), equalTo("missing skill"))
                .body("excluded", not(hasKey(far.subjectId())))
                .body("excluded", not(hasKey(stale.subjectId())));

        // Manual dispatch: the first worker without a reason; changing the worker needs one.
        String dispatcher = a.side().dispatcherToken();
        as(dispatcher).body(Map.of("workerId", better.subjectId()))
                .when().post("/api/tenant/orders/" + order + "/assign").then().statusCode(200);
        as(dispatcher).body(Map.of("workerId", good.subjectId())).when().post("/api/tenant/orders/" + order + "/assign")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("order-reassign-reason-required"));
        as(dispatcher).body(Map.of("workerId", good.subjectId(), "reason", " ")).when()
                .post("/api/tenant/orders/" + order + "/assign").then().statusCode(422);
        assertEquals(better.subjectId(), DispatchWorld.staffOrder(a, order).getString("workerId"));
        as(dispatcher).body(Map.of("workerId", good.subjectId(), "reason", "customer asked"))
                .when().post("/api/tenant/orders/" + order + "/assign").then().statusCode(200)
                .body("timeline[-1].details.fromWorkerId", equalTo(better.subjectId()));

        // Customer service and finance may not see candidates; an unknown order is 404.
        as(StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service")).when()
                .get("/api/tenant/orders/" + order + "/dispatch/candidates").then().statusCode(403);
        as(dispatcher).when().get("/api/tenant/orders/" + UUID.randomUUID() + "/dispatch/candidates").then()
                .statusCode(404).contentType("application/problem+json");
        as(dispatcher).when().get("/api/tenant/dispatch/offers?state=SOMETIMES").then().statusCode(400)
                .body("code", equalTo("dispatch-filter-invalid"));
        as(dispatcher).when().get("/api/tenant/dispatch/orders?state=LOST").then().statusCode(400)
                .body("code", equalTo("dispatch-filter-invalid"));
    }
}
