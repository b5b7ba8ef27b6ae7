package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderCreationTest {

    @Inject
    OrderWorld fixtures;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    int ordersOfQuote(UUID quote) {
        return fixtures.count("select count(*) from service_order where quote_id = ?", quote);
    }

    int unusedQuote(UUID quote) {
        return fixtures.count("select count(*) from quote where id = ? and order_id is null", quote);
    }

    @Test
    void aTakenWorkerIsAConflictThatWritesNothing() {
        OrderWorld.Side a = world.a();
        Instant start = OrderWorld.hoursAhead(80);
        OrderWorld.order(a, fixtures.quote(a, a.worker(), start, 5_000));
        // Overlapping, and touching but inside the 30-minute travel buffer: both refused.
        for (Instant other : List.of(start.plusSeconds(3600), start.plusSeconds(7200))) {
            UUID quote = fixtures.quote(a, a.worker(), other, 5_000);
            as(a.side().customer()).body(OrderWorld.createBody(quote)).when().post("/api/app/orders")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("worker-slot-taken"))
                    .body("detail", equalTo("This worker was just booked for that time; choose another time or worker."));
            assertEquals(0, ordersOfQuote(quote));
            assertEquals(1, unusedQuote(quote));
        }
        // After the buffer the worker is free again.
        OrderWorld.order(a, fixtures.quote(a, a.worker(), start.plusSeconds(9000), 5_000));
        as(a.side().customer()).header("Accept-Language", "zh-CN")
                .body(OrderWorld.createBody(fixtures.quote(a, a.worker(), start, 5_000))).when().post("/api/app/orders")
                .then().statusCode(409).body("detail", equalTo("该服务人员刚刚被预约了这个时间，请选择其他时间或其他服务人员。"));
    }

    @Test
    void badInputIsAProblemAndNothingIsWritten() {
        OrderWorld.Side a = world.a();
        AppUsers.Session customer = a.side().customer();
        UUID quote = fixtures.quote(a, null, OrderWorld.hoursAhead(90), 5_000);

        as(customer).body(Map.of("requirements", Map.of())).when().post("/api/app/orders").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> req = new HashMap<>();
        req.put("focusAreas", Collections.nCopies(11, "kitchen"));
        as(customer).body(Map.of("quoteId", quote.toString(), "requirements", req)).when().post("/api/app/orders")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("focusAreas")));
        req.put("focusAreas", List.of("kitchen"));
        req.put("notes", "x".repeat(501));
        as(customer).body(Map.of("quoteId", quote.toString(), "requirements", req)).when().post("/api/app/orders")
                .then().statusCode(400);
        as(customer).body("{\"quoteId\": \"nope\", \"requirements\": {}}").when().post("/api/app/orders").then().statusCode(400);
        as(customer).body(OrderWorld.createBody(UUID.randomUUID())).when().post("/api/app/orders").then().statusCode(404);
        as(customer).header("Idempotency-Key", "x".repeat(101)).body(OrderWorld.createBody(quote))
                .when().post("/api/app/orders").then().statusCode(400).body("code", equalTo("order-idempotency-key-invalid"));
        assertEquals(0, ordersOfQuote(quote));
        assertEquals(1, unusedQuote(quote));

        // Another customer's quote is not found; a passed start is refused and the quote stays unused.
        as(fixtures.newCustomer(a)).body(OrderWorld.createBody(quote)).when().post("/api/app/orders").then().statusCode(404);
        UUID past = fixtures.quote(a, null, Instant.now().minusSeconds(600), 5_000);
        as(customer).body(OrderWorld.createBody(past)).when().post("/api/app/orders").then().statusCode(422)
                .body("code", equalTo("order-start-passed"));
        assertEquals(1, unusedQuote(past));

        // Staff and workers cannot book as customers.
        as(a.side().ownerToken()).body(OrderWorld.createBody(quote)).when().post("/api/app/orders").then().statusCode(403);
        as(a.side().worker()).body(OrderWorld.createBody(quote)).when().post("/api/app/orders").then().statusCode(403);
        assertEquals(0, ordersOfQuote(quote));

        // A quote makes one order only.
        OrderWorld.order(a, quote);
        as(customer).body(OrderWorld.createBody(quote)).when().post("/api/app/orders").then().statusCode(409)
                .body("code", equalTo("quote-used"));
        assertEquals(1, ordersOfQuote(quote));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameOrder() {
        OrderWorld.Side a = world.a();
        UUID quote = fixtures.quote(a, null, OrderWorld.hoursAhead(92), 5_000);
        String key = UUID.randomUUID().toString();
        String first = as(a.side().customer()).header("Idempotency-Key", key).body(OrderWorld.createBody(quote))
                .when().post("/api/app/orders").then().statusCode(201).extract().path("id");
        String again = as(a.side().customer()).header("Idempotency-Key", key).body(OrderWorld.createBody(quote))
                .when().post("/api/app/orders").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(1, ordersOfQuote(quote));
    }

    @Test
    void aFullyDiscountedOrderSkipsPayment() {
        OrderWorld.Side a = world.a();
        UUID id = OrderWorld.order(a, fixtures.quote(a, null, OrderWorld.hoursAhead(94), 0));
        as(a.side().customer()).when().get("/api/app/orders/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_DISPATCH"))
                .body("money.paymentState", equalTo("PAID"))
                .body("money.dueStage", nullValue())
                .body("times.paymentDeadline", nullValue());
        assertEquals("PENDING_DISPATCH", fixtures.payable(a.tenantId(), id).orElseThrow().status());
    }
}
