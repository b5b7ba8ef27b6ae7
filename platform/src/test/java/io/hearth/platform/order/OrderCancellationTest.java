package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.payment.OrderRefunds;
import io.hearth.platform.payment.PaymentFixtures;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Default tenant policy: free before acceptance; < 24 h: 20 %; < 4 h: 50 %; not once the worker arrived. Orders are
 * paid and refunded through the real payment module (sandbox provider): the refund of paid − fee is a refund
 * request of the order, and the order counts it once the provider confirmed it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderCancellationTest {

    static final long PAID = 20_000;

    @Inject
    OrderWorld fixtures;

    @Inject
    OrderRefunds orderRefunds;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    /** A paid order of side A's worker, {@code hours} ahead, accepted when asked. */
    UUID paidOrder(long hours, boolean accepted) {
        OrderWorld.Side a = world.a();
        UUID id = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(hours), PAID));
        OrderWorld.payInSandbox(a, id);
        if (accepted) {
            as(a.side().worker()).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(200);
        }
        return id;
    }

    JsonPath preview(UUID id) {
        return as(world.a().side().customer()).when().get("/api/app/orders/" + id + "/cancellation")
                .then().statusCode(200).extract().jsonPath();
    }

    JsonPath cancel(UUID id, long expectedFee) {
        return as(world.a().side().customer()).body(Map.of("reason", "plans changed", "expectedFeeFen", expectedFee))
                .when().post("/api/app/orders/" + id + "/cancel").then().statusCode(200).extract().jsonPath();
    }

    /** The order's refund requests as staff see them in the payment module, oldest first. */
    static List<Map<String, Object>> refunds(UUID orderId) {
        return PaymentFixtures.staffView(world.a().side().ownerToken(), orderId).getList("refunds");
    }

    static long refundedOf(Map<String, Object> refund) {
        return ((Number) refund.get("amountFen")).longValue();
    }

    /** Waits for the refund worker and the sandbox's confirmation: the order then counts the refunded money. */
    static void refundArrives(UUID orderId, long refundedFen) {
        PaymentFixtures.eventually(PaymentFixtures.patience(), "the order counts " + refundedFen + " fen refunded",
                () -> OrderWorld.detail(world.a(), orderId).getLong("money.refundedFen") == refundedFen);
        List<Map<String, Object>> all = refunds(orderId);
        assertEquals(1, all.size());
        assertEquals("SUCCEEDED", all.get(0).get("status"));
    }

    @Test
    void freeBeforeAcceptanceEvenAnHourBeforeAndTheBookingIsFreed() {
        OrderWorld.Side a = world.a();
        UUID id = paidOrder(2, false);
        JsonPath p = preview(id);
        assertEquals(true, p.getBoolean("allowed"));
        assertEquals(0, p.getLong("feeFen"));
        assertEquals(PAID, p.getLong("refundFen"));
        JsonPath done = cancel(id, 0);
        assertEquals("CANCELLED", done.getString("status"));
        assertEquals(PAID, done.getLong("refundFen"));
        List<Map<String, Object>> asked = refunds(id);
        assertEquals(1, asked.size());
        assertEquals((int) PAID, asked.get(0).get("amountFen"));
        assertEquals("CANCELLED", asked.get(0).get("reason"));
        assertEquals("ORDER", asked.get(0).get("initiatedBy"));
        String refundId = (String) asked.get(0).get("id");
        assertEquals(1, fixtures.count("select count(*) from refund_request where tenant_id = ? and id = ? and order_id = ?"
                + " and idempotency_key = ?", a.tenantId(), UUID.fromString(refundId), id, "order:cancel-" + id));
        assertEquals(0, fixtures.count("select count(*) from worker_booking where tenant_id = ? and order_id = ? and active",
                a.tenantId(), id));
        as(a.side().customer()).when().get("/api/app/orders/" + id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("plans changed"))
                .body("money.cancellationFeeFen", equalTo(0))
                .body("money.dueStage", nullValue())
                .body("timeline.find { it.action == 'CANCEL' }.actorKind", equalTo("CUSTOMER"))
                .body("timeline.find { it.action == 'CANCEL' }.fromStatus", equalTo("PENDING_DISPATCH"))
                .body("timeline.find { it.action == 'CANCEL' }.details.refundFen", equalTo((int) PAID))
                .body("timeline.find { it.action == 'CANCEL' }.details.refundId", equalTo(refundId));
        refundArrives(id, PAID);
        as(a.side().customer()).when().get("/api/app/orders/" + id).then()
                .body("money.paidFen", equalTo((int) PAID))
                .body("timeline[-1].action", equalTo("REFUND"))
                .body("timeline[-1].actorKind", equalTo("SYSTEM"))
                .body("timeline[-1].details.amountFen", equalTo((int) PAID));
        // The slot is free again for the same worker.
        UUID again = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(2), PAID));
        cancel(again, 0);
        // A second cancel is refused by the machine and refunds nothing more.
        as(a.side().customer()).body(Map.of("reason", "again")).when().post("/api/app/orders/" + id + "/cancel")
                .then().statusCode(409);
        assertEquals(1, refunds(id).size());
        assertEquals(PAID, OrderWorld.detail(a, id).getLong("money.refundedFen"));
    }

    @Test
    void cancellingTwiceAtOnceOrRetryingTheRefundNeverRefundsTwice() throws Exception {
        OrderWorld.Side a = world.a();
        UUID id = paidOrder(34, true);
        List<Callable<Integer>> both = new ArrayList<>();
        both.add(() -> as(a.side().customer()).body(Map.of("reason", "plans changed")).when()
                .post("/api/app/orders/" + id + "/cancel").then().extract().statusCode());
        both.add(() -> as(a.side().dispatcherToken()).body(Map.of("reason", "customer called")).when()
                .post("/api/tenant/orders/" + id + "/cancel").then().extract().statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(1, refunds(id).size());

        // The order module asking again with the same key (a retried cancellation) gets the same refund, nothing more.
        String refundId = (String) refunds(id).get(0).get("id");
        UUID again = TenantContext.call(a.tenantId(), () -> QuarkusTransaction.requiringNew()
                .call(() -> orderRefunds.refund(id, PAID, "CANCELLED", "cancel-" + id)));
        assertEquals(refundId, again.toString());
        refundArrives(id, PAID);
        assertEquals(1, fixtures.count("select count(*) from refund where tenant_id = ? and order_id = ?", a.tenantId(), id));
        assertEquals(1, OrderWorld.detail(a, id).getList("timeline.findAll { it.action == 'REFUND' }").size());
    }

    @Test
    void anUnpaidOrderCancelsWithoutARefund() {
        OrderWorld.Side a = world.a();
        UUID id = OrderWorld.order(a, fixtures.quote(a, null, OrderWorld.hoursAhead(30), PAID));
        assertEquals(0, cancel(id, 0).getLong("refundFen"));
        assertTrue(refunds(id).isEmpty());
        // Nothing is due any more; money arriving anyway is refused (payments then refund it in full: SandboxPaymentTest).
        as(a.side().customer()).body(Map.of("provider", "SANDBOX")).when().post("/api/app/orders/" + id + "/payments")
                .then().statusCode(409).body("code", equalTo("payment-nothing-due"));
        assertEquals(io.hearth.platform.payment.PayableOrders.PaidOutcome.REJECTED,
                fixtures.pay(a.tenantId(), id, PaymentStage.FULL, PAID));
    }

    @Test
    void afterAcceptanceEachStepChargesWhatThePreviewShowed() {
        // more than 24 h ahead: no step applies
        UUID far = paidOrder(31, true);
        assertEquals(0, preview(far).getLong("feeFen"));
        assertEquals(PAID, cancel(far, 0).getLong("refundFen"));

        // 9-10 h ahead: the 24 h step, 20 %
        UUID day = paidOrder(10, true);
        JsonPath p = preview(day);
        assertEquals(2000, p.getInt("feeBp"));
        assertEquals(24, p.getInt("stepHours"));
        assertEquals(4_000, p.getLong("feeFen"));
        assertEquals(16_000, p.getLong("refundFen"));
        // a stale preview (the customer was shown "free") is refused and changes nothing
        as(world.a().side().customer()).body(Map.of("reason", "plans changed", "expectedFeeFen", 0))
                .when().post("/api/app/orders/" + day + "/cancel")
                .then().statusCode(409).body("code", equalTo("order-cancellation-fee-changed"));
        as(world.a().side().customer()).when().get("/api/app/orders/" + day).then().body("status", equalTo("ACCEPTED"));
        JsonPath charged = cancel(day, p.getLong("feeFen"));
        assertEquals(p.getLong("feeFen"), charged.getLong("feeFen"));
        assertEquals(p.getLong("refundFen"), charged.getLong("refundFen"));
        assertEquals(16_000, refundedOf(refunds(day).get(0)));
        as(world.a().side().customer()).when().get("/api/app/orders/" + day).then()
                .body("money.cancellationFeeFen", equalTo(4_000));
        // The fee stays paid: the order counts 16 000 refunded of 20 000, once the provider confirmed it.
        refundArrives(day, 16_000);
        assertEquals(PAID, OrderWorld.detail(world.a(), day).getLong("money.paidFen"));
        assertEquals(16_000, PaymentFixtures.staffView(world.a().side().ownerToken(), day).getLong("payments[0].refundedFen"));
        assertEquals("PARTIALLY_REFUNDED", PaymentFixtures.staffView(world.a().side().ownerToken(), day)
                .getString("payments[0].status"));

        // 1-2 h ahead and already on the way: the 4 h step, 50 %
        UUID soon = paidOrder(2, true);
        as(world.a().side().worker()).when().post("/api/worker/orders/" + soon + "/depart").then().statusCode(200);
        JsonPath q = preview(soon);
        assertEquals(10_000, q.getLong("feeFen"));
        JsonPath c = cancel(soon, 10_000);
        assertEquals(10_000, c.getLong("refundFen"));
        assertEquals(10_000, refundedOf(refunds(soon).get(0)));
        refundArrives(soon, 10_000);
    }

    @Test
    void refusedOnceTheWorkerArrived() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = fixtures.newWorker(a, a.item());
        UUID id = OrderWorld.order(a, fixtures.quote(a, UUID.fromString(worker.subjectId()), OrderWorld.hoursAhead(3), PAID));
        OrderWorld.payInSandbox(a, id);
        for (String step : List.of("accept", "depart", "arrive")) {
            as(worker).when().post("/api/worker/orders/" + id + "/" + step).then().statusCode(200);
        }
        JsonPath p = preview(id);
        assertEquals(false, p.getBoolean("allowed"));
        as(world.a().side().customer()).body(Map.of("reason", "too late")).when().post("/api/app/orders/" + id + "/cancel")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("order-not-cancellable"));
        as(worker).when().post("/api/worker/orders/" + id + "/start").then().statusCode(200);
        as(world.a().side().customer()).body(Map.of("reason", "too late")).when().post("/api/app/orders/" + id + "/cancel")
                .then().statusCode(409).body("code", equalTo("order-not-cancellable"));
        assertTrue(refunds(id).isEmpty());
    }

    @Test
    void staffCancelWithAReasonAndMayWaiveTheFee() {
        OrderWorld.Side a = world.a();
        String slug = a.slug();
        UUID id = paidOrder(2, true);
        String finance = StaffTokens.staff(slug + "-finance", slug, "finance");
        String service = StaffTokens.staff(slug + "-cs", slug, "customer-service");
        as(finance).when().get("/api/tenant/orders/" + id + "/cancellation").then().statusCode(200)
                .body("feeFen", equalTo(10_000));
        as(finance).body(Map.of("reason", "x", "waiveFee", true)).when().post("/api/tenant/orders/" + id + "/cancel")
                .then().statusCode(403);
        as(service).when().get("/api/tenant/orders/" + id + "/cancellation?waiveFee=true").then().statusCode(200)
                .body("feeFen", equalTo(0)).body("refundFen", equalTo((int) PAID)).body("waived", equalTo(true));
        as(service).body(Map.of("waiveFee", true)).when().post("/api/tenant/orders/" + id + "/cancel")
                .then().statusCode(400); // a reason is required
        as(service).body(Map.of("reason", "worker fell ill", "waiveFee", true)).when()
                .post("/api/tenant/orders/" + id + "/cancel").then().statusCode(200)
                .body("feeFen", equalTo(0)).body("refundFen", equalTo((int) PAID));
        assertEquals(PAID, refundedOf(refunds(id).get(0)));
        as(a.side().ownerToken()).when().get("/api/tenant/orders/" + id).then().statusCode(200)
                .body("timeline.find { it.action == 'CANCEL' }.actorKind", equalTo("STAFF"))
                .body("timeline.find { it.action == 'CANCEL' }.actorId",
                        equalTo(UUID.nameUUIDFromBytes((slug + "-cs").getBytes()).toString()))
                .body("timeline.find { it.action == 'CANCEL' }.reason", equalTo("worker fell ill"))
                .body("timeline.find { it.action == 'CANCEL' }.details.feeWaived", equalTo(true));
        refundArrives(id, PAID);

        // Without waiving, staff charge the policy's fee.
        UUID other = paidOrder(8, true);
        as(a.side().dispatcherToken()).body(Map.of("reason", "customer called")).when()
                .post("/api/tenant/orders/" + other + "/cancel").then().statusCode(200).body("feeFen", equalTo(4_000));
        assertEquals(16_000, refundedOf(refunds(other).get(0)));
        AppUsers.Session customer = a.side().customer();
        as(customer).when().get("/api/app/orders?status=CANCELLED").then().statusCode(200)
                .body("items.id", hasItem(other.toString()));
    }
}
