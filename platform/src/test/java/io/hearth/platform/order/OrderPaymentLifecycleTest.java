package io.hearth.platform.order;

import static io.hearth.platform.payment.PaymentFixtures.eventually;
import static io.hearth.platform.payment.PaymentFixtures.patience;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Orders and payments together, through the REST APIs only: the customer books from a quote, pays with the sandbox
 * provider (its notification arrives asynchronously), the worker does the job, the customer confirms; with deposits
 * the balance is paid after the work; a paid order cancelled with a fee gets paid − fee back.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderPaymentLifecycleTest {

    @Inject
    OrderWorld fixtures;

    /** The customer pays what is due as the app would: start a sandbox payment, "pay" it, wait for the notification. */
    static String payInApp(AppUsers.Session customer, UUID orderId, String stage, long fen) {
        JsonPath started = as(customer).body(Map.of("provider", "SANDBOX")).when()
                .post("/api/app/orders/" + orderId + "/payments").then().statusCode(200)
                .body("payment.stage", equalTo(stage)).body("payment.amountFen", equalTo((int) fen))
                .extract().jsonPath();
        String paymentId = started.getString("payment.id");
        as(customer).body(Map.of("token", started.getString("client.sandboxToken")))
                .when().post("/api/app/payments/" + paymentId + "/sandbox/pay")
                .then().statusCode(202).body("status", equalTo("NOTIFICATION_SCHEDULED"));
        eventually(patience(), "the sandbox's notification pays " + stage, () -> "PAID".equals(as(customer).when()
                .get("/api/app/orders/" + orderId + "/payments").then().statusCode(200).extract().jsonPath()
                .getString("payments.find { it.id == '" + paymentId + "' }.status")));
        return paymentId;
    }

    static JsonPath order(AppUsers.Session customer, UUID orderId) {
        return as(customer).when().get("/api/app/orders/" + orderId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void bookPayServeConfirm() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        UUID quote = fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 18_800);
        UUID id = UUID.fromString(as(customer).body(OrderWorld.createBody(quote)).when().post("/api/app/orders")
                .then().statusCode(201).body("status", equalTo("PENDING_PAYMENT"))
                .body("money.dueStage", equalTo("FULL")).body("money.dueFen", equalTo(18_800))
                .extract().path("id"));
        // unpaid: not the worker's business yet
        as(a.side().worker()).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(404);

        String paymentId = payInApp(customer, id, "FULL", 18_800);
        as(customer).when().get("/api/app/orders/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_DISPATCH"))
                .body("money.paidFen", equalTo(18_800)).body("money.paymentState", equalTo("PAID"))
                .body("money.dueStage", nullValue()).body("times.paymentDeadline", nullValue())
                .body("timeline[1].action", equalTo("PAY")).body("timeline[1].actorKind", equalTo("SYSTEM"))
                .body("timeline[1].details.paymentId", equalTo(paymentId));

        OrderWorld.workThrough(a.side().worker(), id);
        as(customer).when().post("/api/app/orders/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("money.dueStage", nullValue());
        as(customer).when().get("/api/app/orders/" + id).then()
                .body("timeline.action", contains("CREATE", "PAY", "ACCEPT", "DEPART", "ARRIVE", "START", "COMPLETE",
                        "CONFIRM"));
        as(a.side().ownerToken()).when().get("/api/tenant/orders/" + id + "/payments").then().statusCode(200)
                .body("orderStatus", equalTo("COMPLETED")).body("paidFen", equalTo(18_800))
                .body("payments.status", contains("PAID")).body("refunds.size()", equalTo(0));
    }

    @Test
    void withADepositTheBalanceIsPaidAfterTheWork() {
        OrderWorld.Side a = fixtures.pair().a();
        OrderWorld.depositBp(a, 2500); // the tenant takes 25 % when booking
        AppUsers.Session customer = a.side().customer();
        UUID id = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 20_001));
        as(customer).when().get("/api/app/orders/" + id).then()
                .body("money.depositFen", equalTo(5_000)) // 5000.25 → 5000
                .body("money.dueStage", equalTo("DEPOSIT")).body("money.dueFen", equalTo(5_000));

        payInApp(customer, id, "DEPOSIT", 5_000);
        as(customer).when().get("/api/app/orders/" + id).then()
                .body("status", equalTo("PENDING_DISPATCH")).body("money.paymentState", equalTo("DEPOSIT_PAID"))
                .body("money.paidFen", equalTo(5_000)).body("money.dueStage", nullValue());
        // nothing is due until the work is done
        as(customer).body(Map.of("provider", "SANDBOX")).when().post("/api/app/orders/" + id + "/payments")
                .then().statusCode(409).body("code", equalTo("payment-nothing-due"));
        for (String step : List.of("accept", "depart", "arrive", "start")) {
            as(a.side().worker()).when().post("/api/worker/orders/" + id + "/" + step).then().statusCode(200);
            as(customer).body(Map.of("provider", "SANDBOX")).when().post("/api/app/orders/" + id + "/payments")
                    .then().statusCode(409).body("code", equalTo("payment-nothing-due"));
        }
        as(a.side().worker()).body(Map.of("actualMinutes", 120)).when().post("/api/worker/orders/" + id + "/complete")
                .then().statusCode(200).body("money.dueStage", equalTo("BALANCE")).body("money.dueFen", equalTo(15_001));

        payInApp(customer, id, "BALANCE", 15_001);
        as(customer).when().post("/api/app/orders/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("money.paymentState", equalTo("PAID")).body("money.paidFen", equalTo(20_001))
                .body("money.dueStage", nullValue())
                .body("timeline.findAll { it.action == 'PAY' }.details.stage", contains("DEPOSIT", "BALANCE"));
        as(a.side().ownerToken()).when().get("/api/tenant/orders/" + id + "/payments").then().statusCode(200)
                .body("payments.stage", contains("DEPOSIT", "BALANCE"))
                .body("payments.amountFen", contains(5_000, 15_001))
                .body("payments.status", contains("PAID", "PAID")).body("paidFen", equalTo(20_001));
    }

    @Test
    void aPaidOrderCancelledWithAFeeGetsThePaidAmountLessTheFeeBack() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        // 10 h ahead and accepted: the default policy's 24 h step charges 20 % of what was paid
        UUID id = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(10), 15_000));
        payInApp(customer, id, "FULL", 15_000);
        as(a.side().worker()).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(200);

        JsonPath preview = as(customer).when().get("/api/app/orders/" + id + "/cancellation").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3_000, preview.getLong("feeFen"));
        assertEquals(12_000, preview.getLong("refundFen"));
        as(customer).body(Map.of("reason", "plans changed", "expectedFeeFen", 3_000)).when()
                .post("/api/app/orders/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("feeFen", equalTo(3_000)).body("refundFen", equalTo(12_000));

        // the refund worker sends it after the commit; the sandbox confirms; then the order counts it
        eventually(patience(), "the refund of paid − fee succeeds and the order counts it",
                () -> order(customer, id).getLong("money.refundedFen") == 12_000);
        JsonPath o = order(customer, id);
        assertEquals("CANCELLED", o.getString("status"));
        assertEquals(15_000, o.getLong("money.paidFen"));
        assertEquals(3_000, o.getLong("money.cancellationFeeFen"));
        assertEquals(List.of("CREATE", "PAY", "ACCEPT", "CANCEL", "REFUND"), o.getList("timeline.action"));
        as(customer).when().get("/api/app/orders/" + id + "/payments").then().statusCode(200)
                .body("paidFen", equalTo(3_000))
                .body("payments[0].status", equalTo("PARTIALLY_REFUNDED"))
                .body("payments[0].refundedFen", equalTo(12_000))
                .body("refunds.size()", equalTo(1))
                .body("refunds[0].amountFen", equalTo(12_000))
                .body("refunds[0].reason", equalTo("CANCELLED"))
                .body("refunds[0].status", equalTo("SUCCEEDED"));
    }

    @Test
    void aCancellationAfterAStaffRefundChargesAndRefundsOnlyWhatIsStillHeld() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        UUID id = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(10), 15_000));
        payInApp(customer, id, "FULL", 15_000);
        as(a.side().worker()).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(200);
        // staff give 5,000 back (a goodwill refund); whether or not the provider has confirmed it yet, that money is
        // no longer held for the order
        as(a.side().ownerToken()).header("Idempotency-Key", "goodwill-" + id)
                .body(Map.of("amountFen", 5_000, "reason", "late start")).when()
                .post("/api/tenant/orders/" + id + "/refunds").then().statusCode(201);

        JsonPath preview = as(customer).when().get("/api/app/orders/" + id + "/cancellation").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(10_000, preview.getLong("paidFen"));
        assertEquals(2_000, preview.getLong("feeFen"));
        assertEquals(8_000, preview.getLong("refundFen"));
        as(customer).body(Map.of("reason", "plans changed")).when().post("/api/app/orders/" + id + "/cancel")
                .then().statusCode(200).body("refundFen", equalTo(8_000));
        eventually(patience(), "both refunds succeed and the order counts them",
                () -> order(customer, id).getLong("money.refundedFen") == 13_000);
    }
}
