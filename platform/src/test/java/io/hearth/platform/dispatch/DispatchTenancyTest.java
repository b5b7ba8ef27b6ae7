package io.hearth.platform.dispatch;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tenant A's workers and staff never see, grab or rank tenant B's offers and orders. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DispatchTenancyTest {

    @Inject
    DispatchWorld world;

    @Inject
    OfferCloser closer;

    @Test
    void offersAndCandidatesStayWithinTheirTenant() {
        closer.closeDue(Instant.now().plus(Duration.ofDays(1))); // rounds other tests left open: counts below are ours
        OrderWorld.Pair pair = world.pair();
        OrderWorld.Side a = pair.a();
        OrderWorld.Side b = pair.b();
        // Both tenants' workers stand at the same spot: positions are per tenant.
        AppUsers.Session wa = world.onlineWorker(a, 1);
        AppUsers.Session wb = world.onlineWorker(b, 1);
        AppUsers.Session otherA = world.onlineWorker(a, 30); // A's, but not offered (out of radius)
        UUID orderA = world.waitingOrder(a, OrderWorld.hoursAhead(50));
        UUID orderB = world.waitingOrder(b, OrderWorld.hoursAhead(50));
        String offerA = (String) DispatchWorld.rounds(a, orderA).get(0).get("id");
        String offerB = (String) DispatchWorld.rounds(b, orderB).get(0).get("id");
        assertEquals(1, DispatchWorld.rounds(a, orderA).get(0).get("recipients"));

        as(wa).when().get("/api/worker/offers").then().statusCode(200).body("$", hasSize(1))
                .body("[0].offerId", equalTo(offerA));
        as(wb).when().get("/api/worker/offers").then().statusCode(200).body("$", hasSize(1))
                .body("[0].offerId", equalTo(offerB));

        // Another tenant's offer, or one not made to me: 404, and nothing recorded.
        as(wa).when().post("/api/worker/offers/" + offerB + "/grabs").then().statusCode(404)
                .contentType("application/problem+json");
        as(wb).when().post("/api/worker/offers/" + offerA + "/grabs").then().statusCode(404);
        as(otherA).when().post("/api/worker/offers/" + offerA + "/grabs").then().statusCode(404);
        as(wa).when().post("/api/worker/offers/" + UUID.randomUUID() + "/grabs").then().statusCode(404);
        as(wa).when().post("/api/worker/offers/not-a-uuid/grabs").then().statusCode(404);

        // Staff: the board lists only their tenant's rounds; another tenant's order is 404.
        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/offers").then().statusCode(200)
                .body("id", hasItem(offerA)).body("id", not(hasItem(offerB)))
                .body("orderId", everyItem(equalTo(orderA.toString())));
        as(b.side().ownerToken()).when().get("/api/tenant/dispatch/offers?state=OPEN").then().statusCode(200)
                .body("id", not(hasItem(offerA)));
        as(a.side().dispatcherToken()).when().get("/api/tenant/orders/" + orderB + "/dispatch/candidates").then()
                .statusCode(404);
        as(b.side().dispatcherToken()).when().get("/api/tenant/orders/" + orderB + "/dispatch/candidates").then()
                .statusCode(200).body("candidates.workerId", equalTo(List.of(wb.subjectId())));
        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/orders?state=OFFERED").then().statusCode(200)
                .body("orderId", not(hasItem(orderB.toString())));
        // Customers and workers have no board.
        as(a.side().customer()).when().get("/api/tenant/dispatch/offers").then().statusCode(403);
        as(wa).when().get("/api/tenant/dispatch/offers").then().statusCode(403);
        as(a.side().customer()).when().get("/api/worker/offers").then().statusCode(403);

        // Each tenant's grab decides only its own order.
        as(wa).when().post("/api/worker/offers/" + offerA + "/grabs").then().statusCode(201);
        as(wb).when().post("/api/worker/offers/" + offerB + "/grabs").then().statusCode(201);
        assertEquals(2, closer.closeDue(Instant.now().plus(Duration.ofSeconds(61))));
        assertEquals(wa.subjectId(), DispatchWorld.staffOrder(a, orderA).getString("workerId"));
        assertEquals(wb.subjectId(), DispatchWorld.staffOrder(b, orderB).getString("workerId"));
        as(wa).when().get("/api/worker/orders/" + orderB).then().statusCode(404);
        as(a.side().dispatcherToken()).body(Map.of("workerId", wb.subjectId(), "reason", "x"))
                .when().post("/api/tenant/orders/" + orderA + "/assign").then().statusCode(404);
    }
}
