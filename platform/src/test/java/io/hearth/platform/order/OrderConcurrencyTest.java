package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderConcurrencyTest {

    static final int REQUESTS = 50;

    @Inject
    OrderWorld fixtures;

    @Test
    void fiftyCustomersRaceForOneWorkerAndSlotExactlyOneWins() throws Exception {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        AppUsers.Session customer = a.side().customer();
        Instant start = OrderWorld.hoursAhead(50);
        List<UUID> quotes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            quotes.add(fixtures.quote(a, a.worker(), start, 15_000));
        }

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (UUID quote : quotes) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return as(customer).body(OrderWorld.createBody(quote)).when().post("/api/app/orders");
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            int created = 0;
            int taken = 0;
            for (Future<Response> f : answers) {
                Response r = f.get(120, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertEquals("worker-slot-taken", r.jsonPath().getString("code"));
                    assertEquals("application/problem+json", r.contentType().split(";")[0]);
                    taken++;
                }
            }
            assertEquals(1, created);
            assertEquals(REQUESTS - 1, taken);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fixtures.activeBookings(a.tenantId(), a.worker()));
        assertEquals(1, fixtures.count("select count(*) from service_order where tenant_id = ? and worker_id = ?",
                a.tenantId(), a.worker()));
        // The losers' quotes stay unused: the customer can still book with them elsewhere in time.
        assertEquals(REQUESTS - 1, fixtures.count("select count(*) from quote where tenant_id = ? and customer_id = ?"
                + " and order_id is null", a.tenantId(), a.customer()));
    }
}
