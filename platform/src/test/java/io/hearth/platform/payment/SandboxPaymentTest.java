package io.hearth.platform.payment;

import static io.hearth.platform.payment.PaymentFixtures.as;
import static io.hearth.platform.payment.PaymentFixtures.count;
import static io.hearth.platform.payment.PaymentFixtures.eventually;
import static io.hearth.platform.payment.PaymentFixtures.outcomes;
import static io.hearth.platform.payment.PaymentFixtures.patience;
import static io.hearth.platform.payment.PaymentFixtures.sandboxPaymentNotification;
import static io.hearth.platform.payment.PaymentFixtures.staffView;
import static io.hearth.platform.payment.PaymentFixtures.start;
import static io.hearth.platform.payment.PaymentFixtures.transactionId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderWorld;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paying with the sandbox provider: the whole flow, and what notifications may and may not change. Orders are real
 * (the order module, from quotes persisted by {@link OrderWorld}); what the order counts is read through its API.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SandboxPaymentTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    AgroalDataSource db;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    /** A PENDING_PAYMENT order of the side's customer for any worker (so orders never compete for a slot). */
    private UUID order(OrderWorld.Side side, long totalFen) {
        return OrderWorld.order(side, fixtures.quote(side, null, OrderWorld.hoursAhead(30), totalFen));
    }

    /** The order's PAY steps (payment id, stage, amount), as its timeline records them. */
    static List<String> paysOf(OrderWorld.Side side, UUID orderId) {
        return OrderWorld.detail(side, orderId).<Map<String, Object>>getList("timeline.findAll { it.action == 'PAY' }.details")
                .stream().map(d -> d.get("paymentId") + "/" + d.get("stage") + "/" + d.get("amountFen")).toList();
    }

    private String status(String customerToken, UUID orderId, String paymentId) {
        return as(customerToken).when().get("/api/app/orders/" + orderId + "/payments").then().statusCode(200)
                .extract().jsonPath().getString("payments.find { it.id == '" + paymentId + "' }.status");
    }

    @Test
    void aCustomerPaysThroughTheSandboxAndTheAsynchronousNotificationMarksThePaymentPaid() {
        OrderWorld.Side a = world.a();
        String customer = a.side().customer().accessToken();
        UUID order = order(a, 12800);

        JsonPath started = start(customer, order, "SANDBOX");
        String paymentId = started.getString("payment.id");
        assertEquals("FULL", started.getString("payment.stage"));
        assertEquals(12800, started.getLong("payment.amountFen"));
        assertEquals("CREATED", started.getString("payment.status"));
        assertEquals("/api/app/payments/" + paymentId + "/sandbox/pay", started.getString("client.payPath"));
        // asking again reuses the open payment
        assertEquals(paymentId, start(customer, order, "SANDBOX").getString("payment.id"));

        as(customer).body(Map.of("token", started.getString("client.sandboxToken")))
                .when().post(started.getString("client.payPath"))
                .then().statusCode(202).body("status", equalTo("NOTIFICATION_SCHEDULED"));

        eventually(patience(), "the sandbox notification marks the payment PAID",
                () -> "PAID".equals(status(customer, order, paymentId)));
        assertEquals(List.of(paymentId + "/FULL/12800"), paysOf(a, order));
        JsonPath paid = OrderWorld.detail(a, order);
        assertEquals("PENDING_DISPATCH", paid.getString("status"));
        assertEquals(12800, paid.getLong("money.paidFen"));
        assertEquals("PAID", paid.getString("money.paymentState"));
        assertEquals(List.of("PAID"), outcomes(db, UUID.fromString(paymentId)));
        as(customer).when().get("/api/app/orders/" + order + "/payments").then()
                .body("payments", hasSize(1)).body("payments[0].providerTransactionId", notNullValue())
                .body("orderStatus", equalTo("PENDING_DISPATCH"))
                .body("dueStage", equalTo(null)).body("paidFen", equalTo(12800));
        as(customer).body("{\"provider\":\"SANDBOX\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("payment-nothing-due"));
        as(customer).body(Map.of("token", started.getString("client.sandboxToken")))
                .when().post(started.getString("client.payPath")).then().statusCode(409).body("code", equalTo("payment-not-open"));
    }

    @Test
    void theSameTransactionNotifiedTwicePaysOnce() {
        OrderWorld.Side a = world.a();
        UUID order = order(a, 5000);
        JsonPath p = start(a.side().customer().accessToken(), order, "SANDBOX");
        String txn = transactionId();

        sandboxPaymentNotification(p.getString("payment.outTradeNo"), txn, 5000).statusCode(204);
        sandboxPaymentNotification(p.getString("payment.outTradeNo"), txn, 5000).statusCode(204);

        UUID paymentId = UUID.fromString(p.getString("payment.id"));
        assertEquals(List.of(paymentId + "/FULL/5000"), paysOf(a, order));
        assertEquals(List.of("PAID", "DUPLICATE"), outcomes(db, paymentId));
        // another transaction for a payment already paid changes nothing either
        sandboxPaymentNotification(p.getString("payment.outTradeNo"), transactionId(), 5000).statusCode(204);
        assertEquals(List.of(paymentId + "/FULL/5000"), paysOf(a, order));
        assertEquals(5000, OrderWorld.detail(a, order).getLong("money.paidFen"));
        assertEquals(txn, staffView(a.side().ownerToken(), order).getString("payments[0].providerTransactionId"));
    }

    @Test
    void replayedAndForgedNotificationsAreRefusedAndChangeNothing() {
        OrderWorld.Side a = world.a();
        UUID order = order(a, 7000);
        JsonPath p = start(a.side().customer().accessToken(), order, "SANDBOX");
        String no = p.getString("payment.outTradeNo");

        sandboxPaymentNotification(no, transactionId(), 7000, Instant.now().minusSeconds(360), PaymentFixtures.SANDBOX_SECRET)
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("payment-notification-stale"));
        sandboxPaymentNotification(no, transactionId(), 7000, Instant.now(), "guessed".getBytes(StandardCharsets.UTF_8))
                .statusCode(401).body("code", equalTo("payment-notification-signature"));
        String body = "{\"event_type\":\"TRANSACTION.SUCCESS\",\"out_trade_no\":\"" + no
                + "\",\"transaction_id\":\"x1\",\"amount_fen\":7000}";
        given().contentType("application/json").body(body).when().post("/api/payments/notify/sandbox")
                .then().statusCode(401).body("code", equalTo("payment-notification-signature"));
        // signed, then altered on the way
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        given().contentType("application/json")
                .header("Hearth-Sandbox-Timestamp", timestamp).header("Hearth-Sandbox-Nonce", "n1")
                .header("Hearth-Sandbox-Signature", io.hearth.platform.payment.sandbox.SandboxSignature.sign(
                        PaymentFixtures.SANDBOX_SECRET, timestamp, "n1", body.replace("7000", "1")))
                .body(body).when().post("/api/payments/notify/sandbox").then().statusCode(401);

        as(a.side().ownerToken()).when().get("/api/tenant/orders/" + order + "/payments").then()
                .body("payments[0].status", equalTo("CREATED")).body("payments[0].providerTransactionId", equalTo(null));
        assertTrue(paysOf(a, order).isEmpty());
        assertEquals("PENDING_PAYMENT", OrderWorld.detail(a, order).getString("status"));
        assertTrue(outcomes(db, UUID.fromString(p.getString("payment.id"))).isEmpty());
        given().contentType("application/json").body("{}").when().post("/api/payments/notify/paypal").then().statusCode(404);
    }

    @Test
    void aWrongAmountIsRecordedButNotPaid() {
        OrderWorld.Side a = world.a();
        UUID order = order(a, 9900);
        JsonPath p = start(a.side().customer().accessToken(), order, "SANDBOX");

        sandboxPaymentNotification(p.getString("payment.outTradeNo"), transactionId(), 99).statusCode(204);

        as(a.side().ownerToken()).when().get("/api/tenant/orders/" + order + "/payments").then()
                .body("payments[0].status", equalTo("AMOUNT_MISMATCH")).body("paidFen", equalTo(0))
                .body("dueStage", equalTo("FULL"));
        assertTrue(paysOf(a, order).isEmpty());
        assertEquals(0, OrderWorld.detail(a, order).getLong("money.paidFen"));
        assertEquals(List.of("AMOUNT_MISMATCH"), outcomes(db, UUID.fromString(p.getString("payment.id"))));
        // the customer can pay the order with a new payment
        JsonPath again = start(a.side().customer().accessToken(), order, "SANDBOX");
        assertTrue(!again.getString("payment.id").equals(p.getString("payment.id")));
    }

    @Test
    void moneyForAnOrderCancelledMeanwhileIsRefundedAutomatically() {
        OrderWorld.Side a = world.a();
        UUID order = order(a, 6600);
        JsonPath p = start(a.side().customer().accessToken(), order, "SANDBOX");
        // the customer cancels while the payment is open at the provider (unpaid: free, nothing to refund)
        as(a.side().customer().accessToken()).body(Map.of("reason", "found another time", "expectedFeeFen", 0))
                .when().post("/api/app/orders/" + order + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("refundFen", equalTo(0));

        sandboxPaymentNotification(p.getString("payment.outTradeNo"), transactionId(), 6600).statusCode(204);

        assertEquals(List.of("PAID_ORDER_REJECTED"), outcomes(db, UUID.fromString(p.getString("payment.id"))).stream()
                .filter(o -> !o.startsWith("REFUND")).toList());
        JsonPath view = staffView(a.side().ownerToken(), order);
        assertEquals(true, view.getBoolean("payments[0].orderRejected"));
        assertEquals("AUTOMATIC", view.getString("refunds[0].initiatedBy"));
        assertEquals("ORDER_CANCELLED", view.getString("refunds[0].reason"));
        assertEquals(6600, view.getLong("refunds[0].amountFen"));
        eventually(patience(), "the automatic refund succeeds",
                () -> "REFUNDED".equals(staffView(a.side().ownerToken(), order).getString("payments[0].status")));
        assertEquals("SUCCEEDED", staffView(a.side().ownerToken(), order).getString("refunds[0].status"));
        JsonPath cancelled = OrderWorld.detail(a, order);
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals(0, cancelled.getLong("money.paidFen"), "the order never took this money");
        assertEquals(0, cancelled.getLong("money.refundedFen"));
        assertEquals(List.of("CREATE", "CANCEL"), cancelled.getList("timeline.action"));
    }

    @Test
    void aDepositThenTheBalanceOnceTheServiceIsCompleted() {
        OrderWorld.Side a = fixtures.pair().a(); // its own tenant: deposits of 30 %
        OrderWorld.depositBp(a, 3000);
        String customer = a.side().customer().accessToken();
        UUID order = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 30000));

        JsonPath deposit = start(customer, order, "SANDBOX");
        assertEquals("DEPOSIT", deposit.getString("payment.stage"));
        assertEquals(9000, deposit.getLong("payment.amountFen"));
        sandboxPaymentNotification(deposit.getString("payment.outTradeNo"), transactionId(), 9000).statusCode(204);

        // the balance is due after the work, not before
        as(customer).when().get("/api/app/orders/" + order + "/payments").then().statusCode(200)
                .body("orderStatus", equalTo("PENDING_DISPATCH")).body("dueStage", equalTo(null)).body("paidFen", equalTo(9000));
        as(customer).body("{\"provider\":\"SANDBOX\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(409).body("code", equalTo("payment-nothing-due"));
        OrderWorld.workThrough(a.side().worker(), order);

        JsonPath balance = start(customer, order, "SANDBOX");
        assertEquals("BALANCE", balance.getString("payment.stage"));
        assertEquals(21000, balance.getLong("payment.amountFen"));
        sandboxPaymentNotification(balance.getString("payment.outTradeNo"), transactionId(), 21000).statusCode(204);

        as(customer).body("{\"provider\":\"SANDBOX\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(409);
        as(a.side().dispatcherToken()).when().get("/api/tenant/orders/" + order + "/payments").then().statusCode(200)
                .body("payments.stage", equalTo(List.of("DEPOSIT", "BALANCE")))
                .body("payments.status", equalTo(List.of("PAID", "PAID"))).body("paidFen", equalTo(30000));
        JsonPath done = OrderWorld.detail(a, order);
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("PAID", done.getString("money.paymentState"));
        assertEquals(List.of("DEPOSIT", "BALANCE"), done.getList("timeline.findAll { it.action == 'PAY' }.details.stage"));
    }

    @Test
    void anotherTenantsOrAnotherCustomersOrdersAndPaymentsAre404() {
        OrderWorld.Side b = world.b();
        UUID bOrder = order(b, 4000);
        JsonPath bPayment = start(b.side().customer().accessToken(), bOrder, "SANDBOX");
        String aCustomer = world.a().side().customer().accessToken();

        as(aCustomer).body("{\"provider\":\"SANDBOX\"}").when().post("/api/app/orders/" + bOrder + "/payments")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        as(aCustomer).when().get("/api/app/orders/" + bOrder + "/payments").then().statusCode(404);
        as(aCustomer).body(Map.of("token", bPayment.getString("client.sandboxToken")))
                .when().post(bPayment.getString("client.payPath")).then().statusCode(404);
        as(world.a().side().ownerToken()).when().get("/api/tenant/orders/" + bOrder + "/payments").then().statusCode(404);
        as(world.a().side().ownerToken()).header("Idempotency-Key", "x-" + UUID.randomUUID())
                .body(Map.of("amountFen", 100, "reason", "test")).when().post("/api/tenant/orders/" + bOrder + "/refunds")
                .then().statusCode(404);

        // a second customer of tenant B: B's first customer's order and payment are not theirs
        String otherB = fixtures.newCustomer(b).accessToken();
        as(otherB).when().get("/api/app/orders/" + bOrder + "/payments").then().statusCode(404);
        as(otherB).body(Map.of("token", bPayment.getString("client.sandboxToken")))
                .when().post(bPayment.getString("client.payPath")).then().statusCode(404);

        assertEquals(1, count(db, "select count(*) from payment where order_id = ?", bOrder));
        assertEquals(0, count(db, "select count(*) from refund_request where order_id = ?", bOrder));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        OrderWorld.Side a = world.a();
        String customer = a.side().customer().accessToken();
        UUID order = order(a, 3000);

        as(customer).body("{\"provider\":\"PAYPAL\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("provider"));
        as(customer).body("{}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(400).body("errors.field", hasItem("provider"));
        as(customer).body("not json").when().post("/api/app/orders/" + order + "/payments").then().statusCode(400);
        as(customer).body("{\"provider\":\"WECHAT\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(422).body("code", equalTo("payment-provider-not-configured"));
        as(a.side().ownerToken()).body("{\"provider\":\"SANDBOX\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(403);
        given().contentType("application/json").body("{\"provider\":\"SANDBOX\"}")
                .when().post("/api/app/orders/" + order + "/payments").then().statusCode(401);
        as(customer).when().post("/api/app/orders/not-a-uuid/payments").then().statusCode(404);
        assertEquals(0, count(db, "select count(*) from payment where order_id = ?", order));

        JsonPath p = start(customer, order, "SANDBOX");
        as(customer).body(Map.of("token", "sbx_wrong")).when().post(p.getString("client.payPath"))
                .then().statusCode(422).body("code", equalTo("sandbox-token-invalid"));
        as(customer).body(Map.of("token", "")).when().post(p.getString("client.payPath"))
                .then().statusCode(400).body("errors.field", hasItem("token"));
        given().contentType("application/json").header("Hearth-Sandbox-Timestamp", "1").body("[1,2]")
                .when().post("/api/payments/notify/sandbox").then().statusCode(401);
        assertTrue(outcomes(db, UUID.fromString(p.getString("payment.id"))).isEmpty());
        assertEquals("CREATED", staffView(a.side().ownerToken(), order).getString("payments[0].status"));
        assertEquals("PENDING_PAYMENT", OrderWorld.detail(a, order).getString("status"));
    }
}
