package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tenant A's customer, worker and staff with tenant B's ids: 404 everywhere; lists never mix tenants. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderTenancyTest {

    @Inject
    OrderWorld fixtures;

    @Test
    void anotherTenantsOrdersQuotesAndWorkersAreNotFound() {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        OrderWorld.Side b = world.b();
        UUID orderA = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(40), 3_000));
        fixtures.pay(a.tenantId(), orderA, PaymentStage.FULL, 3_000);
        as(a.side().worker()).when().post("/api/worker/orders/" + orderA + "/accept").then().statusCode(200);
        UUID orderB = OrderWorld.order(b, fixtures.quote(b, b.worker(), OrderWorld.hoursAhead(40), 3_000));
        fixtures.pay(b.tenantId(), orderB, PaymentStage.FULL, 3_000);
        String idB = orderB.toString();
        String later = OrderWorld.hoursAhead(44).toString();

        // Customer of A
        AppUsers.Session customerA = a.side().customer();
        as(customerA).when().get("/api/app/orders/" + idB).then().statusCode(404).contentType("application/problem+json");
        as(customerA).when().post("/api/app/orders/" + idB + "/confirm").then().statusCode(404);
        as(customerA).when().get("/api/app/orders/" + idB + "/cancellation").then().statusCode(404);
        as(customerA).body(Map.of("reason", "x")).when().post("/api/app/orders/" + idB + "/cancel").then().statusCode(404);
        as(customerA).body(Map.of("start", later)).when().post("/api/app/orders/" + idB + "/reschedule").then().statusCode(404);
        UUID quoteB = fixtures.quote(b, null, OrderWorld.hoursAhead(45), 3_000);
        as(customerA).body(OrderWorld.createBody(quoteB)).when().post("/api/app/orders").then().statusCode(404);
        as(customerA).when().get("/api/app/orders").then().statusCode(200)
                .body("items.id", hasItem(orderA.toString())).body("items.id", not(hasItem(idB)));

        // Another customer of the same tenant is a stranger too.
        AppUsers.Session stranger = fixtures.newCustomer(a);
        as(stranger).when().get("/api/app/orders/" + orderA).then().statusCode(404);
        as(stranger).body(Map.of("reason", "x")).when().post("/api/app/orders/" + orderA + "/cancel").then().statusCode(404);
        as(stranger).when().get("/api/app/orders").then().statusCode(200).body("items.id", not(hasItem(orderA.toString())));

        // Worker of A
        AppUsers.Session workerA = a.side().worker();
        as(workerA).when().get("/api/worker/orders/" + idB).then().statusCode(404);
        for (String step : List.of("accept", "decline", "depart", "arrive", "start", "pause", "resume")) {
            as(workerA).when().post("/api/worker/orders/" + idB + "/" + step).then().statusCode(404);
        }
        as(workerA).body(Map.of("actualMinutes", 60)).when().post("/api/worker/orders/" + idB + "/complete").then().statusCode(404);
        for (String view : List.of("upcoming", "active", "done")) {
            as(workerA).queryParam("view", view).when().get("/api/worker/orders").then().statusCode(200)
                    .body("items.id", not(hasItem(idB)));
        }
        // Another worker of the same tenant does not see A's worker's order.
        AppUsers.Session otherWorker = fixtures.newWorker(a, a.item());
        as(otherWorker).when().get("/api/worker/orders/" + orderA).then().statusCode(404);
        as(otherWorker).when().post("/api/worker/orders/" + orderA + "/depart").then().statusCode(404);

        // Staff of A
        String ownerA = a.side().ownerToken();
        as(ownerA).when().get("/api/tenant/orders/" + idB).then().statusCode(404);
        as(ownerA).when().get("/api/tenant/orders/" + idB + "/cancellation").then().statusCode(404);
        as(ownerA).body(Map.of("workerId", a.worker().toString(), "reason", "x"))
                .when().post("/api/tenant/orders/" + idB + "/assign").then().statusCode(404);
        as(ownerA).body(Map.of("start", later)).when().post("/api/tenant/orders/" + idB + "/reschedule").then().statusCode(404);
        as(ownerA).body(Map.of("reason", "x")).when().post("/api/tenant/orders/" + idB + "/cancel").then().statusCode(404);
        // B's worker for A's order: not found either.
        as(ownerA).body(Map.of("workerId", b.worker().toString(), "reason", "x"))
                .when().post("/api/tenant/orders/" + orderA + "/assign").then().statusCode(404);
        as(ownerA).when().get("/api/tenant/orders?limit=100").then().statusCode(200)
                .body("items.id", hasItem(orderA.toString())).body("items.id", not(hasItem(idB)))
                .body("items.customerId", everyItem(not(equalTo(b.customer().toString()))));
        as(ownerA).queryParam("workerId", b.worker().toString()).when().get("/api/tenant/orders").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasSize(0));

        // B's order is untouched.
        as(b.side().customer()).when().get("/api/app/orders/" + idB).then().statusCode(200)
                .body("status", equalTo("PENDING_DISPATCH")).body("timeline.action", org.hamcrest.Matchers.contains("CREATE", "PAY"));
    }
}
