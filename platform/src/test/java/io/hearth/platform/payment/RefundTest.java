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
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refunds: by staff with idempotency keys, by the order module, never more than was paid, confirmed once. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RefundTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    TestPayableOrders orders;

    @Inject
    OrderRefunds orderRefunds;

    @Inject
    AgroalDataSource db;

    /** An order of the side's customer, paid in full through the sandbox. */
    private UUID paidOrder(TwoTenants.Side side, long totalFen) {
        UUID order = orders.create(side.tenant().id(), side.customer().subjectId(), totalFen);
        JsonPath p = start(side.customer().accessToken(), order, "SANDBOX");
        sandboxPaymentNotification(p.getString("payment.outTradeNo"), transactionId(), totalFen).statusCode(204);
        return order;
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
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID order = paidOrder(a, 10000);
        String finance = StaffTokens.staff(a.tenant().slug() + "-finance", a.tenant().slug(), "finance");
        String key = "k-" + UUID.randomUUID();

        String refundId = refund(finance, order, key, 3000, "服务时长缩短").statusCode(201)
                .body("amountFen", equalTo(3000)).body("initiatedBy", equalTo("STAFF"))
                .body("requestedBy", equalTo(a.tenant().slug() + "-finance"))
                .extract().path("id");
        refund(finance, order, key, 3000, "服务时长缩短").statusCode(200).body("id", equalTo(refundId));
        refund(a.ownerToken(), order, key, 2000, "other").statusCode(422).body("code", equalTo("refund-key-reused"));
        refund(finance, order, "k-" + UUID.randomUUID(), 7001, "too much").statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("refund-exceeds-paid"));
        assertEquals(1, count(db, "select count(*) from refund_request where order_id = ?", order));

        eventually(patience(), "the partial refund succeeds",
                () -> "PARTIALLY_REFUNDED".equals(staffView(finance, order).getString("payments[0].status")));
        JsonPath view = staffView(finance, order);
        assertEquals(3000, view.getLong("payments[0].refundedFen"));
        assertEquals("SUCCEEDED", view.getString("refunds[0].status"));
        assertEquals(List.of(3000L), orders.order(order).refunded().stream().map(TestPayableOrders.Refunded::amountFen).toList());

        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), 7000, "客户取消").statusCode(201);
        eventually(patience(), "the rest is refunded",
                () -> "REFUNDED".equals(staffView(finance, order).getString("payments[0].status")));
        assertEquals(10000, staffView(finance, order).getLong("payments[0].refundedFen"));
        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), 1, "nothing left").statusCode(422)
                .body("code", equalTo("refund-exceeds-paid"));
    }

    @Test
    void refundInputIsCheckedBeforeAnythingIsWritten() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID order = paidOrder(a, 5000);
        refund(a.ownerToken(), order, null, 100, "no key").statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-required"));
        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), 0, "zero").statusCode(400)
                .body("errors.field", hasItem("amountFen"));
        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), "lots", "text").statusCode(400);
        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), 100, " ").statusCode(400).body("errors.field", hasItem("reason"));
        refund(a.ownerToken(), order, "x".repeat(101), 100, "long key").statusCode(400);
        refund(a.dispatcherToken(), order, "k-" + UUID.randomUUID(), 100, "not theirs").statusCode(403);
        refund(a.customer().accessToken(), order, "k-" + UUID.randomUUID(), 100, "not theirs").statusCode(403);
        refund(a.ownerToken(), UUID.randomUUID(), "k-" + UUID.randomUUID(), 100, "no order").statusCode(404);
        UUID unpaid = orders.create(a.tenant().id(), a.customer().subjectId(), 5000);
        refund(a.ownerToken(), unpaid, "k-" + UUID.randomUUID(), 100, "unpaid").statusCode(422)
                .body("code", equalTo("refund-exceeds-paid"));
        assertEquals(0, count(db, "select count(*) from refund_request where order_id in (?, ?)", order, unpaid));
        as(a.customer().accessToken()).when().get("/api/tenant/orders/" + order + "/payments").then().statusCode(403);
    }

    @Test
    void theOrderModuleRefundsNewestPaymentFirstAcrossDepositAndBalance() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID order = orders.create(a.tenant().id(), UUID.fromString(a.customer().subjectId()), 30000, 9000);
        for (long amount : new long[] { 9000, 21000 }) {
            JsonPath p = start(a.customer().accessToken(), order, "SANDBOX");
            sandboxPaymentNotification(p.getString("payment.outTradeNo"), transactionId(), amount).statusCode(204);
        }
        String key = "cancel-" + order;

        UUID refundId = TenantContext.call(a.tenant().id(), () -> QuarkusTransaction.requiringNew().call(
                () -> orderRefunds.refund(order, 25000, "CANCELLED", key)));
        UUID again = TenantContext.call(a.tenant().id(), () -> QuarkusTransaction.requiringNew().call(
                () -> orderRefunds.refund(order, 25000, "CANCELLED", key)));
        assertEquals(refundId, again);
        assertNull(TenantContext.call(a.tenant().id(), () -> QuarkusTransaction.requiringNew().call(
                () -> orderRefunds.refund(order, 0, "CANCELLED", "nothing-" + order))));
        ApiException tooMuch = assertThrows(ApiException.class, () -> TenantContext.call(a.tenant().id(),
                () -> QuarkusTransaction.requiringNew().call(() -> orderRefunds.refund(order, 5001, "CANCELLED", "more-" + order))));
        assertEquals("refund-exceeds-paid", tooMuch.messageKey());

        JsonPath view = staffView(a.ownerToken(), order);
        assertEquals(refundId.toString(), view.getString("refunds[0].id"));
        assertEquals("ORDER", view.getString("refunds[0].initiatedBy"));
        String balanceId = view.getString("payments.find { it.stage == 'BALANCE' }.id");
        String depositId = view.getString("payments.find { it.stage == 'DEPOSIT' }.id");
        assertEquals(List.of(balanceId, depositId), view.getList("refunds[0].parts.paymentId"));
        assertEquals(List.of(21000, 4000), view.getList("refunds[0].parts.amountFen"));

        eventually(patience(), "both parts succeed",
                () -> "SUCCEEDED".equals(staffView(a.ownerToken(), order).getString("refunds[0].status")));
        view = staffView(a.ownerToken(), order);
        assertEquals("REFUNDED", view.getString("payments.find { it.stage == 'BALANCE' }.status"));
        assertEquals("PARTIALLY_REFUNDED", view.getString("payments.find { it.stage == 'DEPOSIT' }.status"));
        assertEquals(25000, orders.order(order).refunded().stream().mapToLong(TestPayableOrders.Refunded::amountFen).sum());
        assertEquals(2, orders.order(order).refunded().size());
    }

    @Test
    void aRefundIsConfirmedOnceWhateverOrderItsNotificationsArriveIn() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID order = paidOrder(a, 8000);
        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), 8000, "客户取消").statusCode(201);
        String outRefundNo = staffView(a.ownerToken(), order).getString("refunds[0].parts[0].outRefundNo");

        // the provider's confirmation may come before (or while) the refund worker sends the refund ...
        sandboxRefundNotification(outRefundNo, 8000).statusCode(204);
        // ... and again later
        sandboxRefundNotification(outRefundNo, 8000).statusCode(204);
        eventually(patience(), "the refund is SUCCEEDED",
                () -> "SUCCEEDED".equals(staffView(a.ownerToken(), order).getString("refunds[0].parts[0].status")));
        // the sandbox's own confirmation, if the worker had already sent it, changes nothing either
        JsonPath view = staffView(a.ownerToken(), order);
        assertEquals("REFUNDED", view.getString("payments[0].status"));
        assertEquals(8000, view.getLong("payments[0].refundedFen"));
        assertEquals(0, view.getLong("payments[0].refundPendingFen"));
        assertEquals(1, orders.order(order).refunded().size());

        // a late duplicate of the payment notification, after the refund, changes nothing
        UUID paymentId = UUID.fromString(view.getString("payments[0].id"));
        sandboxPaymentNotification(view.getString("payments[0].outTradeNo"), view.getString("payments[0].providerTransactionId"),
                8000).statusCode(204);
        assertEquals("REFUNDED", staffView(a.ownerToken(), order).getString("payments[0].status"));
        assertEquals(1, orders.order(order).paid().size());
        assertEquals(List.of("PAID", "DUPLICATE"), outcomes(db, paymentId).stream().filter(o -> !o.startsWith("REFUND")).toList());
        // a wrong amount in a refund notification is recorded and changes nothing
        sandboxRefundNotification(outRefundNo, 1).statusCode(204);
        assertEquals(8000, staffView(a.ownerToken(), order).getLong("payments[0].refundedFen"));
    }

    @Test
    void theDatabaseRefusesRefundsBeyondThePaymentWhateverWritesThem() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID order = paidOrder(a, 1000);
        JsonPath view = staffView(a.ownerToken(), order);
        UUID payment = UUID.fromString(view.getString("payments[0].id"));
        UUID request = UUID.randomUUID();
        PaymentFixtures.update(db, "insert into refund_request (tenant_id, id, order_id, amount_fen, reason, idempotency_key,"
                + " initiated_by, notify_order, created_at) values (?, ?, ?, 1001, 'x', ?, 'STAFF', true, now())",
                a.tenant().id(), request, order, "raw-" + request);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PaymentFixtures.update(db,
                "insert into refund (tenant_id, id, request_id, order_id, payment_id, amount_fen, status, out_refund_no,"
                        + " next_attempt_at, created_at, updated_at) values (?, ?, ?, ?, ?, 1001, 'PENDING', ?, now(), now(), now())",
                a.tenant().id(), UUID.randomUUID(), request, order, payment, "hrraw" + request.toString().substring(0, 8)));
        assertEquals("refund_within_payment", ((org.postgresql.util.PSQLException) refused.getCause()).getServerErrorMessage()
                .getConstraint());
        refund(a.ownerToken(), order, "k-" + UUID.randomUUID(), 1000, "fits").statusCode(201);
    }
}
