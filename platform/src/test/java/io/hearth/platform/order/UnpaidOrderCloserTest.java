package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.payment.PaymentStage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The default tenant timeout is 30 minutes. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UnpaidOrderCloserTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    UnpaidOrderCloser closer;

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void unpaidOrdersCloseAfterTheDeadlineOnceEvenWithTwoReplicas() throws Exception {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        OrderWorld.Side b = world.b();
        UUID unpaid = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(30), 6_000));
        UUID paid = OrderWorld.order(a, fixtures.quote(a, null, OrderWorld.hoursAhead(30), 6_000));
        fixtures.pay(a.tenantId(), paid, PaymentStage.FULL, 6_000);
        UUID otherTenant = OrderWorld.order(b, fixtures.quote(b, b.worker(), OrderWorld.hoursAhead(30), 6_000));
        Instant deadline = Instant.parse(as(a.side().customer()).when().get("/api/app/orders/" + unpaid)
                .then().extract().path("times.paymentDeadline"));
        assertTrue(Duration.between(Instant.now(), deadline).toMinutes() <= 30);

        // Before the deadline nothing happens.
        closer.closeOverdue(at(deadline.minusSeconds(60)));
        as(a.side().customer()).when().get("/api/app/orders/" + unpaid).then().body("status", equalTo("PENDING_PAYMENT"));

        // Two replicas run the job at the same moment, after the deadline.
        Clock later = at(deadline.plusSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return closer.closeOverdue(later);
                }));
            }
            go.countDown();
            for (Future<Integer> r : runs) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        as(a.side().customer()).when().get("/api/app/orders/" + unpaid).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("UNPAID_TIMEOUT"))
                .body("times.cancelledAt", equalTo(later.instant().toString()))
                .body("money.dueStage", nullValue())
                .body("timeline[-1].action", equalTo("CLOSE_UNPAID"))
                .body("timeline[-1].actorKind", equalTo("SYSTEM"))
                .body("timeline[-1].actorId", nullValue())
                .body("timeline[-1].reason", equalTo("UNPAID_TIMEOUT"));
        assertEquals(1, fixtures.count("select count(*) from order_timeline where tenant_id = ? and order_id = ?"
                + " and action = 'CLOSE_UNPAID'", a.tenantId(), unpaid));
        assertEquals(0, fixtures.activeBookings(a.tenantId(), a.worker()));
        as(a.side().customer()).when().get("/api/app/orders/" + paid).then().body("status", equalTo("PENDING_DISPATCH"));
        // Every tenant is swept, each in its own context.
        as(b.side().customer()).when().get("/api/app/orders/" + otherTenant).then().body("status", equalTo("CANCELLED"));
        assertEquals(0, fixtures.activeBookings(b.tenantId(), b.worker()));

        // A payment arriving after the close is refused; the next run finds nothing more to close.
        assertEquals(io.hearth.platform.payment.PayableOrders.PaidOutcome.REJECTED,
                fixtures.pay(a.tenantId(), unpaid, PaymentStage.FULL, 6_000));
        closer.closeOverdue(later);
        assertEquals(1, fixtures.count("select count(*) from order_timeline where tenant_id = ? and order_id = ?"
                + " and action = 'CLOSE_UNPAID'", a.tenantId(), unpaid));
    }
}
