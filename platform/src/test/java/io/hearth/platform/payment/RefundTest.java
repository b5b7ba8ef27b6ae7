package io.hearth.platform.payment;

import static io.hearth.platform.payment.PaymentFixtures.as;
import static io.hearth.platform.payment.PaymentFixtures.count;
import static io.hearth.platform.payment.PaymentFixtures.eventually;
import static io.hearth.platform.payment.PaymentFixtures.outcomes;
import static io.hearth.platform.payment.PaymentFixtures.patience;
import static io.hearth.platform.payment.PaymentFixtures.sandboxPaymentNotification;
import static io.hearth.platform.payment.PaymentFixtures.sandboxRefundNotification;
import static io.hearth.platform.payment.PaymentFixtures.staffView;
import static io.hearth.platform.payment.PaymentFixtures.start;
import static io.hearth.platform.payment.PaymentFixtures.transactionId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds: by staff with idempotency keys, by the order module, never more than was paid, confirmed once. Orders are
 * real; the order counts a refund (money.refundedFen, a REFUND step) once the provider confirmed it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RefundTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    OrderRefunds orderRefunds;

    @Inject
    AgroalDataSource db;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    /** A PENDING_PAYMENT order of the side's customer, any worker. */
    private UUID order(OrderWorld.Side side, long totalFen) {
        return OrderWorld.order(side, fixtures.quote(side, null, OrderWorld.hoursAhead(30), totalFen));
    }

    /** An order of the side's customer, paid in full through the sandbox. */
    private UUID paidOrder(OrderWorld.Side side, long totalFen) {
        UUID order = order(side, totalFen);
        OrderWorld.payInSandbox(side, order);
        return order;
    }

    /** The amounts of the order's REFUND steps, oldest first. */
    private static List<Integer> refundsCounted(OrderWorld.Side side, UUID order) {
        return OrderWorld.detail(side, order).getList("timeline.findAll { it.action == 'REFUND' }.details.amountFen");
    }

    private static io.restassured.response.ValidatableResponse refund(String token, UUID order, String key, Object amount,
            String reason) {
        io.restassured.specification.RequestSpecification r = as(token);
        if (key != null) {
            r = r.header("Idempotency-Key", key);
        }
        return r.body(new java.util.HashMap<>(java.util.Map.of("amountFen", amount, "reason", reason)))
                .when().post("/api/tenant/orders/" + order + "/refunds").then();
    }

    @Test
    void staffRefundPartThenTheRestAndAKeyNeverRefundsTwice() {
        OrderWorld.Side a = world.a();
        String owner = a.side().ownerToken();
        UUID order = paidOrder(a, 10000);
        String finance = StaffTokens.staff(a.slug() + "-finance", a.slug(), "finance");
        String key = "k-" + UUID.randomUUID();

        String refundId = refund(finance, order, key, 3000, "服务时长缩短").statusCode(201)
                .body("amountFen", equalTo(3000)).body("initiatedBy", equalTo("STAFF"))
                .body("requestedBy", equalTo(a.slug() + "-finance"))
                .extract().path("id");
        refund(finance, order, key, 3000, "服务时长缩短").statusCode(200).body("id", equalTo(refundId));
        refund(owner, order, key, 2000, "other").statusCode(422).body("code", equalTo("refund-key-reused"));
        refund(finance, order, "k-" + UUID.randomUUID(), 7001, "too much").statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("refund-exceeds-paid"));
        assertEquals(1, count(db, "select count(*) from refund_request where order_id = ?", order));

        eventually(patience(), "the partial refund succeeds",
                () -> "PARTIALLY_REFUNDED".equals(staffView(finance, order).getString("payments[0].status")));
        JsonPath view = staffView(finance, order);
        assertEquals(3000, view.getLong("payments[0].refundedFen"));
        assertEquals("SUCCEEDED", view.getString("refunds[0].status"));
        assertEquals(List.of(3000), refundsCounted(a, order));
        assertEquals(3000, OrderWorld.detail(a, order).getLong("money.refundedFen"));

        refund(owner, order, "k-" + UUID.randomUUID(), 7000, "客户取消").statusCode(201);
        eventually(patience(), "the rest is refunded",
                () -> "REFUNDED".equals(staffView(finance, order).getString("payments[0].status")));
        assertEquals(10000, staffView(finance, order).getLong("payments[0].refundedFen"));
        assertEquals(List.of(3000, 7000), refundsCounted(a, order));
        assertEquals(10000, OrderWorld.detail(a, order).getLong("money.refundedFen"));
        assertEquals(0, staffView(finance, order).getLong("paidFen"));
        refund(owner, order, "k-" + UUID.randomUUID(), 1, "nothing left").statusCode(422)
                .body("code", equalTo("refund-exceeds-paid"));
    }

    @Test
    void refundInputIsCheckedBeforeAnythingIsWritten() {
        OrderWorld.Side a = world.a();
        String owner = a.side().ownerToken();
        UUID order = paidOrder(a, 5000);
        refund(owner, order, null, 100, "no key").statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-required"));
        refund(owner, order, "k-" + UUID.randomUUID(), 0, "zero").statusCode(400)
                .body("errors.field", hasItem("amountFen"));
        refund(owner, order, "k-" + UUID.randomUUID(), "lots", "text").statusCode(400);
        refund(owner, order, "k-" + UUID.randomUUID(), 100, " ").statusCode(400).body("errors.field", hasItem("reason"));
        refund(owner, order, "x".repeat(101), 100, "long key").statusCode(400);
        refund(a.side().dispatcherToken(), order, "k-" + UUID.randomUUID(), 100, "not theirs").statusCode(403);
        refund(a.side().customer().accessToken(), order, "k-" + UUID.randomUUID(), 100, "not theirs").statusCode(403);
        refund(owner, UUID.randomUUID(), "k-" + UUID.randomUUID(), 100, "no order").statusCode(404);
        UUID unpaid = order(a, 5000);
        refund(owner, unpaid, "k-" + UUID.randomUUID(), 100, "unpaid").statusCode(422)
                .body("code", equalTo("refund-exceeds-paid"));
        assertEquals(0, count(db, "select count(*) from refund_request where order_id in (?, ?)", order, unpaid));
        as(a.side().customer().accessToken()).when().get("/api/tenant/orders/" + order + "/payments").then().statusCode(403);
        assertEquals(0, OrderWorld.detail(a, order).getLong("money.refundedFen"));
    }

    @Test
    void theOrderModuleRefundsNewestPaymentFirstAcrossDepositAndBalance() {
        OrderWorld.Side a = fixtures.pair().a(); // its own tenant: deposits of 30 %
        OrderWorld.depositBp(a, 3000);
        UUID order = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 30000));
        assertEquals(9000, PaymentFixtures.start(a.side().customer().accessToken(), order, "SANDBOX")
                .getLong("payment.amountFen"));
        OrderWorld.payInSandbox(a, order); // the deposit (the open payment is reused)
        OrderWorld.workThrough(a.side().worker(), order); // the balance is due once the service is completed
        OrderWorld.payInSandbox(a, order);
        assertEquals(30000, OrderWorld.detail(a, order).getLong("money.paidFen"));
        String key = "after-sales-" + order;
        UUID tenant = a.tenantId();

        UUID refundId = TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> orderRefunds.refund(order, 25000, "AFTER_SALES", key)));
        UUID again = TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> orderRefunds.refund(order, 25000, "AFTER_SALES", key)));
        assertEquals(refundId, again);
        assertNull(TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> orderRefunds.refund(order, 0, "AFTER_SALES", "nothing-" + order))));
        ApiException tooMuch = assertThrows(ApiException.class, () -> TenantContext.call(tenant,
                () -> QuarkusTransaction.requiringNew().call(() -> orderRefunds.refund(order, 5001, "AFTER_SALES", "more-" + order))));
        assertEquals("refund-exceeds-paid", tooMuch.messageKey());

        String owner = a.side().ownerToken();
        JsonPath view = staffView(owner, order);
        assertEquals(refundId.toString(), view.getString("refunds[0].id"));
        assertEquals("ORDER", view.getString("refunds[0].initiatedBy"));
        String balanceId = view.getString("payments.find { it.stage == 'BALANCE' }.id");
        String depositId = view.getString("payments.find { it.stage == 'DEPOSIT' }.id");
        assertEquals(List.of(balanceId, depositId), view.getList("refunds[0].parts.paymentId"));
        assertEquals(List.of(21000, 4000), view.getList("refunds[0].parts.amountFen"));

        eventually(patience(), "both parts succeed",
                () -> "SUCCEEDED".equals(staffView(owner, order).getString("refunds[0].status")));
        view = staffView(owner, order);
        assertEquals("REFUNDED", view.getString("payments.find { it.stage == 'BALANCE' }.status"));
        assertEquals("PARTIALLY_REFUNDED", view.getString("payments.find { it.stage == 'DEPOSIT' }.status"));
        // the order is told once per part
        List<Integer> counted = refundsCounted(a, order);
        assertEquals(2, counted.size());
        assertEquals(25000, counted.stream().mapToInt(Integer::intValue).sum());
        assertEquals(25000, OrderWorld.detail(a, order).getLong("money.refundedFen"));
        assertEquals(5000, view.getLong("paidFen"));
    }

    @Test
    void aRefundIsConfirmedOnceWhateverOrderItsNotificationsArriveIn() {
        OrderWorld.Side a = world.a();
        String owner = a.side().ownerToken();
        UUID order = paidOrder(a, 8000);
        refund(owner, order, "k-" + UUID.randomUUID(), 8000, "客户取消").statusCode(201);
        String outRefundNo = staffView(owner, order).getString("refunds[0].parts[0].outRefundNo");

        // the provider's confirmation may come before (or while) the refund worker sends the refund ...
        sandboxRefundNotification(outRefundNo, 8000).statusCode(204);
        // ... and again later
        sandboxRefundNotification(outRefundNo, 8000).statusCode(204);
        eventually(patience(), "the refund is SUCCEEDED",
                () -> "SUCCEEDED".equals(staffView(owner, order).getString("refunds[0].parts[0].status")));
        // the sandbox's own confirmation, if the worker had already sent it, changes nothing either
        JsonPath view = staffView(owner, order);
        assertEquals("REFUNDED", view.getString("payments[0].status"));
        assertEquals(8000, view.getLong("payments[0].refundedFen"));
        assertEquals(0, view.getLong("payments[0].refundPendingFen"));
        assertEquals(List.of(8000), refundsCounted(a, order));

        // a late duplicate of the payment notification, after the refund, changes nothing
        UUID paymentId = UUID.fromString(view.getString("payments[0].id"));
        sandboxPaymentNotification(view.getString("payments[0].outTradeNo"), view.getString("payments[0].providerTransactionId"),
                8000).statusCode(204);
        assertEquals("REFUNDED", staffView(owner, order).getString("payments[0].status"));
        assertEquals(1, OrderWorld.detail(a, order).getList("timeline.findAll { it.action == 'PAY' }").size());
        assertEquals(List.of("PAID", "DUPLICATE"), outcomes(db, paymentId).stream().filter(o -> !o.startsWith("REFUND")).toList());
        // a wrong amount in a refund notification is recorded and changes nothing
        sandboxRefundNotification(outRefundNo, 1).statusCode(204);
        assertEquals(8000, staffView(owner, order).getLong("payments[0].refundedFen"));
        assertEquals(List.of(8000), refundsCounted(a, order));
        assertEquals(8000, OrderWorld.detail(a, order).getLong("money.refundedFen"));
    }

    @Test
    void theDatabaseRefusesRefundsBeyondThePaymentWhateverWritesThem() {
        OrderWorld.Side a = world.a();
        UUID order = paidOrder(a, 1000);
        JsonPath view = staffView(a.side().ownerToken(), order);
        UUID payment = UUID.fromString(view.getString("payments[0].id"));
        UUID request = UUID.randomUUID();
        PaymentFixtures.update(db, "insert into refund_request (tenant_id, id, order_id, amount_fen, reason, idempotency_key,"
                + " initiated_by, notify_order, created_at) values (?, ?, ?, 1001, 'x', ?, 'STAFF', true, now())",
                a.tenantId(), request, order, "raw-" + request);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PaymentFixtures.update(db,
                "insert into refund (tenant_id, id, request_id, order_id, payment_id, amount_fen, status, out_refund_no,"
                        + " next_attempt_at, created_at, updated_at) values (?, ?, ?, ?, ?, 1001, 'PENDING', ?, now(), now(), now())",
                a.tenantId(), UUID.randomUUID(), request, order, payment, "hrraw" + request.toString().substring(0, 8)));
        assertEquals("refund_within_payment", ((org.postgresql.util.PSQLException) refused.getCause()).getServerErrorMessage()
                .getConstraint());
        refund(a.side().ownerToken(), order, "k-" + UUID.randomUUID(), 1000, "fits").statusCode(201);

        // and refuses money rows for an order the tenant does not have (composite keys to service_order)
        UUID orderOfB = order(world.b(), 1000);
        for (String fk : List.of("refund_request_order_fk", "payment_order_fk")) {
            String sql = fk.startsWith("refund") ? "insert into refund_request (tenant_id, id, order_id, amount_fen, reason,"
                    + " idempotency_key, initiated_by, notify_order, created_at) values (?, ?, ?, 1, 'x', 'raw-fk', 'STAFF', true, now())"
                    : "insert into payment (tenant_id, id, order_id, customer_id, stage, provider, out_trade_no, amount_fen,"
                            + " status, created_at, updated_at) values (?, ?, ?, '" + a.customer() + "', 'FULL', 'SANDBOX',"
                            + " 'hpraw" + UUID.randomUUID().toString().substring(0, 8) + "', 1, 'CREATED', now(), now())";
            IllegalStateException crossTenant = assertThrows(IllegalStateException.class,
                    () -> PaymentFixtures.update(db, sql, a.tenantId(), UUID.randomUUID(), orderOfB));
            assertEquals(fk, ((org.postgresql.util.PSQLException) crossTenant.getCause()).getServerErrorMessage()
                    .getConstraint());
        }
    }
}
