package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.payment.PayableOrders;
import io.hearth.platform.payment.PayableOrders.PaidOutcome;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PayableOrders as the payment module sees it, with deposits on (30 %) and off. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderPaymentsTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    PayableOrders payable;

    static Map<String, Object> settings(int depositBp) {
        Map<String, Object> s = new HashMap<>(Map.of("dispatchMode", "GRAB", "grabWindowSeconds", 60,
                "unpaidOrderTimeoutMinutes", 30, "slotGridMinutes", 30, "minNoticeMinutes", 120, "maxDaysAhead", 14,
                "cancellationFeeSteps", List.of(Map.of("withinHoursOfStart", 24, "feeBp", 2000))));
        s.put("depositBp", depositBp);
        return s;
    }

    void refunded(UUID tenant, UUID order, UUID refund, long fen) {
        TenantContext.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> payable.refunded(order, refund, fen)));
    }

    @Test
    void depositThenBalanceAfterTheServiceAndRefundsRecorded() {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        as(StaffTokens.superAdmin()).body(settings(10_000)).when().put("/api/platform/tenants/" + a.tenantId() + "/settings")
                .then().statusCode(400);
        as(StaffTokens.superAdmin()).body(settings(3000)).when().put("/api/platform/tenants/" + a.tenantId() + "/settings")
                .then().statusCode(200).body("settings.depositBp", equalTo(3000));

        UUID id = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(40), 10_001));
        PayableOrders.PayableOrder p = fixtures.payable(a.tenantId(), id).orElseThrow();
        assertEquals(PaymentStage.DEPOSIT, p.dueStage());
        assertEquals(3_000, p.dueFen()); // 3000.3 → 3000
        assertEquals(10_001, p.totalFen());
        assertEquals(a.customer(), p.customerId());
        assertTrue(p.description().contains(as(a.side().customer()).when().get("/api/app/orders/" + id)
                .then().extract().<String>path("orderNo")));

        assertEquals(PaidOutcome.REJECTED, fixtures.pay(a.tenantId(), id, PaymentStage.DEPOSIT, 2_999)); // wrong amount
        assertEquals(PaidOutcome.REJECTED, fixtures.pay(a.tenantId(), id, PaymentStage.BALANCE, 7_001)); // not due
        assertEquals(PaidOutcome.ACCEPTED, fixtures.pay(a.tenantId(), id, PaymentStage.DEPOSIT, 3_000));
        assertEquals(PaidOutcome.REJECTED, fixtures.pay(a.tenantId(), id, PaymentStage.DEPOSIT, 3_000)); // already paid
        p = fixtures.payable(a.tenantId(), id).orElseThrow();
        assertEquals("PENDING_DISPATCH", p.status());
        assertNull(p.dueStage());
        assertEquals(3_000, p.paidFen());
        assertEquals(PaidOutcome.REJECTED, fixtures.pay(a.tenantId(), id, PaymentStage.BALANCE, 7_001)); // before the service

        for (String step : List.of("accept", "depart", "arrive", "start")) {
            as(a.side().worker()).when().post("/api/worker/orders/" + id + "/" + step).then().statusCode(200);
        }
        as(a.side().worker()).body(Map.of("actualMinutes", 120)).when().post("/api/worker/orders/" + id + "/complete")
                .then().statusCode(200).body("money.dueStage", equalTo("BALANCE")).body("money.dueFen", equalTo(7_001));
        p = fixtures.payable(a.tenantId(), id).orElseThrow();
        assertEquals(PaymentStage.BALANCE, p.dueStage());
        assertEquals(7_001, p.dueFen());
        assertEquals(PaidOutcome.ACCEPTED, fixtures.pay(a.tenantId(), id, PaymentStage.BALANCE, 7_001));
        p = fixtures.payable(a.tenantId(), id).orElseThrow();
        assertEquals("COMPLETED", p.status());
        assertNull(p.dueStage());
        assertEquals(10_001, p.paidFen());

        // After-sales refund (issued by the payment module), recorded once per refund id.
        UUID refund = UUID.randomUUID();
        refunded(a.tenantId(), id, refund, 1_000);
        refunded(a.tenantId(), id, refund, 1_000);
        assertEquals(9_001, fixtures.payable(a.tenantId(), id).orElseThrow().paidFen());
        as(a.side().customer()).when().get("/api/app/orders/" + id).then().statusCode(200)
                .body("money.refundedFen", equalTo(1_000))
                .body("money.paidFen", equalTo(10_001))
                .body("money.paymentState", equalTo("PAID"))
                .body("timeline.findAll { it.action == 'PAY' }.details.stage", org.hamcrest.Matchers.contains("DEPOSIT", "BALANCE"))
                .body("timeline[-1].action", equalTo("REFUND"))
                .body("timeline[-1].details.refundId", equalTo(refund.toString()));
        // More than was paid cannot be refunded.
        assertThrows(RuntimeException.class, () -> refunded(a.tenantId(), id, UUID.randomUUID(), 10_000));

        // A customer may also pay everything at once while a deposit is due.
        UUID whole = OrderWorld.order(a, fixtures.quote(a, null, OrderWorld.hoursAhead(41), 10_001));
        assertEquals(PaidOutcome.ACCEPTED, fixtures.pay(a.tenantId(), whole, PaymentStage.FULL, 10_001));
        assertNull(fixtures.payable(a.tenantId(), whole).orElseThrow().dueStage());

        // Another tenant's order is unknown to this tenant's payments.
        UUID orderB = OrderWorld.order(world.b(), fixtures.quote(world.b(), null, OrderWorld.hoursAhead(41), 1_000));
        assertTrue(fixtures.payable(a.tenantId(), orderB).isEmpty());
        assertEquals(PaidOutcome.REJECTED, fixtures.pay(a.tenantId(), orderB, PaymentStage.FULL, 1_000));
        assertEquals(PaymentStage.FULL, fixtures.payable(world.b().tenantId(), orderB).orElseThrow().dueStage());
    }
}
