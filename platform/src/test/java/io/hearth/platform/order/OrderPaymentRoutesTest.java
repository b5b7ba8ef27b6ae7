package io.hearth.platform.order;

import static io.hearth.platform.payment.PaymentFixtures.eventually;
import static io.hearth.platform.payment.PaymentFixtures.patience;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The order module's resources (rooted at /api/app/orders and /api/tenant/orders) and the payment module's (at
 * /api/app/orders/{orderId}/payments and /api/tenant/orders/{orderId}/...) share path prefixes: every endpoint of
 * both must be reached, each answering what its own resource answers (never 404/405 from the other one).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderPaymentRoutesTest {

    @Inject
    OrderWorld fixtures;

    @Test
    void everyOrderAndPaymentEndpointIsReachedUnderTheSharedPrefixes() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        String owner = a.side().ownerToken();
        UUID quote = fixtures.quote(a, null, OrderWorld.hoursAhead(50), 8_000);

        // customer: the order module
        String id = as(customer).body(OrderWorld.createBody(quote)).when().post("/api/app/orders")
                .then().statusCode(201).body("orderNo", notNullValue()).extract().path("id");
        String orders = "/api/app/orders/" + id;
        as(customer).when().get("/api/app/orders").then().statusCode(200).body("items.id", hasItem(id));
        as(customer).when().get(orders).then().statusCode(200).body("id", equalTo(id)).body("orderNo", notNullValue());
        as(customer).when().get(orders + "/cancellation").then().statusCode(200).body("allowed", equalTo(true));
        as(customer).when().post(orders + "/confirm").then().statusCode(409)
                .body("code", equalTo("order-illegal-transition"));
        as(customer).body(Map.of("start", OrderWorld.hoursAhead(51).toString())).when().post(orders + "/reschedule")
                .then().statusCode(200).body("startAt", equalTo(OrderWorld.hoursAhead(51).toString()));

        // customer: the payment module
        as(customer).when().get(orders + "/payments").then().statusCode(200)
                .body("orderId", equalTo(id)).body("dueStage", equalTo("FULL")).body("payments", hasSize(0));
        JsonPath started = as(customer).body(Map.of("provider", "SANDBOX")).when().post(orders + "/payments")
                .then().statusCode(200).body("payment.orderId", equalTo(id)).extract().jsonPath();
        as(customer).body(Map.of("token", started.getString("client.sandboxToken")))
                .when().post("/api/app/payments/" + started.getString("payment.id") + "/sandbox/pay")
                .then().statusCode(202);
        eventually(patience(), "the sandbox notification pays the order",
                () -> "PENDING_DISPATCH".equals(as(customer).when().get(orders).then().extract().path("status")));

        // staff: the order module
        String staff = "/api/tenant/orders/" + id;
        as(owner).when().get("/api/tenant/orders").then().statusCode(200).body("items.id", hasItem(id));
        as(owner).when().get(staff).then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("PENDING_DISPATCH"));
        as(owner).when().get(staff + "/cancellation").then().statusCode(200).body("refundFen", equalTo(8_000));
        as(owner).body(Map.of("start", OrderWorld.hoursAhead(52).toString(), "reason", "customer called"))
                .when().post(staff + "/reschedule").then().statusCode(200)
                .body("startAt", equalTo(OrderWorld.hoursAhead(52).toString()));
        as(owner).body(Map.of("workerId", a.worker().toString(), "reason", "nearest")).when().post(staff + "/assign")
                .then().statusCode(200).body("workerId", equalTo(a.worker().toString()));

        // staff: the payment module
        as(owner).when().get(staff + "/payments").then().statusCode(200)
                .body("orderId", equalTo(id)).body("paidFen", equalTo(8_000)).body("payments", hasSize(1));
        as(owner).header("Idempotency-Key", "routes-" + id).body(Map.of("amountFen", 1_000, "reason", "goodwill"))
                .when().post(staff + "/refunds").then().statusCode(201).body("amountFen", equalTo(1_000));
        eventually(patience(), "the refund succeeds and the order counts it",
                () -> Integer.valueOf(1_000).equals(as(owner).when().get(staff).then().extract().path("money.refundedFen")));

        // and the cancellations, last: staff for this order, the customer for another
        as(owner).body(Map.of("reason", "customer called")).when().post(staff + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("refundFen", equalTo(7_000));
        UUID other = OrderWorld.order(a, fixtures.quote(a, null, OrderWorld.hoursAhead(53), 2_000));
        as(customer).body(Map.of("reason", "plans changed")).when().post("/api/app/orders/" + other + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }
}
