package io.hearth.platform.dispatch;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** GRAB mode: offers to eligible workers, concurrent grabs, the best-scored grabber wins exactly once. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GrabDispatchTest {

    @Inject
    DispatchWorld world;

    @Inject
    OfferCloser closer;

    @Inject
    RealtimeInbox inbox;

    @Inject
    OrderWorld orders;

    @Test
    void thirtyWorkersGrabConcurrentlyAndExactlyTheBestScoredOneWins() throws Exception {
        closer.closeDue(Instant.now().plus(Duration.ofDays(1))); // rounds other tests left open: counts below are ours
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "GRAB", 60, DispatchWorld.rules(5, 15, 3, 300, 30));
        List<AppUsers.Session> workers = world.onlineWorkers(a, 30, i -> 0.1 * (i + 1)); // 100 m … 3 km north
        // The customer's favourite, 1.6 km away, outranks the nearer ones (favourite 15 points > 8 of distance).
        AppUsers.Session favourite = workers.get(15);
        as(a.side().customer()).when().put("/api/app/me/favourites/workers/" + favourite.subjectId()).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201), equalTo(204)));

        Instant start = OrderWorld.hoursAhead(50);
        UUID order = world.waitingOrder(a, start);

        List<Map<String, Object>> rounds = DispatchWorld.rounds(a, order);
        assertEquals(1, rounds.size());
        assertEquals("OPEN", rounds.get(0).get("state"));
        assertEquals(30, rounds.get(0).get("recipients"));
        String offerId = (String) rounds.get(0).get("id");
        for (AppUsers.Session w : workers) {
            List<io.hearth.platform.realtime.RealtimeMessage> pushed = inbox.about(order,
                    Audience.worker(a.tenantId(), DispatchWorld.id(w)), "dispatch.offer");
            assertEquals(1, pushed.size());
            assertEquals("Xihu", pushed.get(0).payload().get("district"));
            assertTrue(!pushed.get(0).payload().containsKey("detail") && !pushed.get(0).payload().containsKey("room"));
        }
        as(workers.get(3)).when().get("/api/worker/offers").then().statusCode(200).body("$", hasSize(1))
                .body("[0].offerId", equalTo(offerId)).body("[0].order.district", equalTo("Xihu"))
                .body("[0].order.community", equalTo("Sunny Garden")).body("[0].order.totalFen", equalTo(12_000))
                .body("[0].grabbed", equalTo(false));

        // All thirty grab at the same moment.
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (AppUsers.Session w : workers) {
            answers.add(pool.submit(() -> {
                go.await();
                return as(w).when().post("/api/worker/offers/" + offerId + "/grabs").then().extract().statusCode();
            }));
        }
        go.countDown();
        for (Future<Integer> f : answers) {
            assertEquals(201, f.get());
        }
        pool.shutdown();
        as(workers.get(0)).when().post("/api/worker/offers/" + offerId + "/grabs").then().statusCode(200)
                .body("repeated", equalTo(true));
        as(workers.get(0)).when().get("/api/worker/offers").then().body("[0].grabbed", equalTo(true));

        // Nothing is decided before the window ends.
        assertEquals(0, closer.closeDue(Instant.now()));
        assertEquals(1, closer.closeDue(Instant.now().plus(Duration.ofSeconds(61))));

        UUID winner = DispatchWorld.id(favourite);
        var detail = DispatchWorld.staffOrder(a, order);
        assertEquals("ACCEPTED", detail.getString("status"));
        assertEquals(winner.toString(), detail.getString("workerId"));
        assertEquals("GRAB", detail.getString("timeline[-1].action"));
        assertEquals("SYSTEM", detail.getString("timeline[-1].actorKind"));
        assertEquals(offerId, detail.getString("timeline[-1].details.offerId"));
        assertEquals(30, detail.getInt("timeline[-1].details.grabbers"));
        assertEquals(1, orders.activeBookings(a.tenantId(), winner));
        assertEquals(1, orders.count("select count(*) from order_timeline where tenant_id = ? and order_id = ?"
                + " and action = 'GRAB'", a.tenantId(), order));
        assertEquals(1, orders.count("select count(*) from worker_booking where tenant_id = ? and order_id = ? and active",
                a.tenantId(), order));

        assertEquals(1, inbox.about(order, Audience.worker(a.tenantId(), winner), "dispatch.awarded").size());
        assertEquals(0, inbox.about(order, Audience.worker(a.tenantId(), winner), "dispatch.lost").size());
        for (AppUsers.Session w : workers) {
            if (!w.equals(favourite)) {
                assertEquals(1, inbox.about(order, Audience.worker(a.tenantId(), DispatchWorld.id(w)), "dispatch.lost")
                        .size());
            }
        }
        assertEquals(1, inbox.about(order, Audience.staff(a.tenantId()), "dispatch.assigned").size());
        rounds = DispatchWorld.rounds(a, order);
        assertEquals("AWARDED", rounds.get(0).get("state"));
        assertEquals(winner.toString(), rounds.get(0).get("winnerId"));

        // A second run changes nothing; a late grab is refused; the winner works the order.
        assertEquals(0, closer.closeDue(Instant.now().plus(Duration.ofSeconds(120))));
        as(workers.get(1)).when().post("/api/worker/offers/" + offerId + "/grabs").then().statusCode(200);
        as(workers.get(2)).when().get("/api/worker/offers").then().body("$", hasSize(0));
        world.deliver();
        assertEquals(1, DispatchWorld.rounds(a, order).size());
        as(favourite).when().post("/api/worker/orders/" + order + "/depart").then().statusCode(200);
    }

    @Test
    void aLateGrabIsRefusedAndTwoClosersRacingDecideOnce() throws Exception {
        closer.closeDue(Instant.now().plus(Duration.ofDays(1))); // rounds other tests left open: counts below are ours
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "GRAB", 30, DispatchWorld.rules(5, 15, 3, 300, 30));
        List<AppUsers.Session> workers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            workers.add(world.onlineWorker(a, 0.5 * (i + 1)));
        }
        UUID order = world.waitingOrder(a, OrderWorld.hoursAhead(52));
        String offerId = (String) DispatchWorld.rounds(a, order).get(0).get("id");
        for (AppUsers.Session w : workers.subList(1, 5)) {
            as(w).when().post("/api/worker/offers/" + offerId + "/grabs").then().statusCode(201);
        }

        Instant after = Instant.now().plus(Duration.ofSeconds(31));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            go.await();
            return closer.closeDue(after);
        };
        Future<Integer> one = pool.submit(run);
        Future<Integer> two = pool.submit(run);
        go.countDown();
        assertEquals(1, one.get() + two.get());
        pool.shutdown();

        // The nearest grabber (worker 1; worker 0 did not grab) won.
        UUID winner = DispatchWorld.id(workers.get(1));
        DispatchWorld.staffOrder(a, order);
        assertEquals(winner.toString(), DispatchWorld.staffOrder(a, order).getString("workerId"));
        assertEquals(1, orders.count("select count(*) from order_timeline where tenant_id = ? and order_id = ?"
                + " and action = 'GRAB'", a.tenantId(), order));
        as(workers.get(0)).when().post("/api/worker/offers/" + offerId + "/grabs").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("offer-closed"));
        assertEquals(0, inbox.about(order, Audience.worker(a.tenantId(), DispatchWorld.id(workers.get(0))),
                "dispatch.lost").size());
        IntStream.range(2, 5).forEach(i -> assertEquals(1, inbox.about(order,
                Audience.worker(a.tenantId(), DispatchWorld.id(workers.get(i))), "dispatch.lost").size()));
    }

    @Test
    void nobodyGrabsThenTheWiderRoundThenManualDispatch() {
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "GRAB", 20, DispatchWorld.rules(1, 3, 3, 40, 30));
        AppUsers.Session near = world.onlineWorker(a, 0.5);
        AppUsers.Session wider = world.onlineWorker(a, 2);
        UUID order = world.waitingOrder(a, OrderWorld.hoursAhead(54));

        List<Map<String, Object>> rounds = DispatchWorld.rounds(a, order);
        assertEquals(1, rounds.get(0).get("recipients"));
        assertEquals(false, rounds.get(0).get("fallback"));
        as(wider).when().get("/api/worker/offers").then().body("$", hasSize(0));

        assertEquals(1, closer.closeDue(Instant.now().plus(Duration.ofSeconds(21))));
        rounds = DispatchWorld.rounds(a, order);
        assertEquals(2, rounds.size());
        assertEquals("EXPIRED", rounds.get(0).get("state"));
        assertEquals("OPEN", rounds.get(1).get("state"));
        assertEquals(true, rounds.get(1).get("fallback"));
        assertEquals(3, rounds.get(1).get("radiusKm"));
        assertEquals(2, rounds.get(1).get("recipients"));
        as(wider).when().get("/api/worker/offers").then().body("$", hasSize(1));

        // The wider round uses the fallback timeout (40 s), not the grab window.
        assertEquals(0, closer.closeDue(Instant.now().plus(Duration.ofSeconds(30))));
        assertEquals(1, closer.closeDue(Instant.now().plus(Duration.ofSeconds(61))));
        assertEquals("EXPIRED", DispatchWorld.rounds(a, order).get(1).get("state"));
        assertEquals(1, inbox.about(order, Audience.staff(a.tenantId()), "dispatch.manual-needed").size());
        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/orders").then().statusCode(200)
                .body("find { it.orderId == '" + order + "' }.reason", equalTo("NO_GRAB"));
        var detail = DispatchWorld.staffOrder(a, order);
        assertEquals("PENDING_DISPATCH", detail.getString("status"));
        assertEquals(null, detail.getString("workerId"));

        // A dispatcher assigns it by hand: it leaves the manual list.
        as(a.side().dispatcherToken()).body(Map.of("workerId", near.subjectId(), "reason", "called her"))
                .when().post("/api/tenant/orders/" + order + "/assign").then().statusCode(200);
        world.deliver();
        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/orders?state=ASSIGNED").then().statusCode(200)
                .body("find { it.orderId == '" + order + "' }.reason", equalTo("STAFF"));
    }

    @Test
    void anOrderCancelledOrAssignedByStaffWhileOfferedClosesTheRound() {
        OrderWorld.Side a = world.pair().a();
        DispatchWorld.configure(a, "GRAB", 60, DispatchWorld.rules(5, 15, 3, 300, 30));
        AppUsers.Session w = world.onlineWorker(a, 1);
        UUID cancelled = world.waitingOrderPaidInSandbox(a, OrderWorld.hoursAhead(56));
        UUID assigned = world.waitingOrder(a, OrderWorld.hoursAhead(60));
        as(a.side().ownerToken()).body(Map.of("reason", "customer called", "waiveFee", true))
                .when().post("/api/tenant/orders/" + cancelled + "/cancel").then().statusCode(200);
        as(a.side().dispatcherToken()).body(Map.of("workerId", w.subjectId(), "reason", "regular"))
                .when().post("/api/tenant/orders/" + assigned + "/assign").then().statusCode(200);
        world.deliver();
        assertEquals("CANCELLED", DispatchWorld.rounds(a, cancelled).get(0).get("state"));
        assertEquals("CANCELLED", DispatchWorld.rounds(a, assigned).get(0).get("state"));
        String offerId = (String) DispatchWorld.rounds(a, cancelled).get(0).get("id");
        as(w).when().post("/api/worker/offers/" + offerId + "/grabs").then().statusCode(409)
                .body("code", equalTo("offer-closed"));
        as(w).when().get("/api/worker/offers").then().body("$", hasSize(0));
        assertEquals(1, inbox.about(cancelled, Audience.worker(a.tenantId(), DispatchWorld.id(w)),
                "dispatch.offer-cancelled").size());

        // Rescheduled while offered: the round for the old slot closes and a new one is offered for the new slot.
        UUID moved = world.waitingOrder(a, OrderWorld.hoursAhead(64));
        String first = (String) DispatchWorld.rounds(a, moved).get(0).get("id");
        Instant later = OrderWorld.hoursAhead(66);
        as(a.side().dispatcherToken()).body(Map.of("start", later.toString(), "reason", "later"))
                .when().post("/api/tenant/orders/" + moved + "/reschedule").then().statusCode(200);
        world.deliver();
        List<Map<String, Object>> rounds = DispatchWorld.rounds(a, moved);
        assertEquals(2, rounds.size());
        assertEquals(first, rounds.get(0).get("id"));
        assertEquals("CANCELLED", rounds.get(0).get("state"));
        assertEquals("OPEN", rounds.get(1).get("state"));
        assertEquals(later.toString(), ((Map<?, ?>) rounds.get(1).get("order")).get("startAt"));
        as(w).when().get("/api/worker/offers").then().body("$", hasSize(1))
                .body("[0].offerId", equalTo(rounds.get(1).get("id")));
    }
}
