package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderSchedulingTest {

    @Inject
    OrderWorld fixtures;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    int bookingsAt(UUID worker, UUID order, Instant start) {
        return fixtures.count("select count(*) from worker_booking where tenant_id = ? and worker_id = ? and order_id = ?"
                + " and active and lower(during) = ?::timestamptz", world.a().tenantId(), worker, order, start.toString());
    }

    @Test
    void rescheduleMovesTheBookingAndAnOverlapIsAConflictThatChangesNothing() {
        OrderWorld.Side a = world.a();
        AppUsers.Session customer = a.side().customer();
        Instant first = OrderWorld.hoursAhead(30);
        Instant second = OrderWorld.hoursAhead(36);
        UUID x = OrderWorld.order(a, fixtures.quote(a, a.worker(), first, 8_000));
        UUID y = OrderWorld.order(a, fixtures.quote(a, a.worker(), second, 8_000));

        as(customer).body(Map.of("start", first.plus(1, ChronoUnit.HOURS).toString()))
                .when().post("/api/app/orders/" + y + "/reschedule")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("worker-slot-taken"));
        as(customer).when().get("/api/app/orders/" + y).then().body("startAt", equalTo(second.toString()))
                .body("timeline.action", org.hamcrest.Matchers.contains("CREATE"));
        assertEquals(1, bookingsAt(a.worker(), y, second));

        Instant later = OrderWorld.hoursAhead(40);
        as(customer).body(Map.of("start", later.toString(), "reason", "working late"))
                .when().post("/api/app/orders/" + y + "/reschedule").then().statusCode(200)
                .body("startAt", equalTo(later.toString()))
                .body("endAt", equalTo(later.plus(2, ChronoUnit.HOURS).toString()))
                .body("timeline[-1].action", equalTo("RESCHEDULE"))
                .body("timeline[-1].details.fromStart", equalTo(second.toString()))
                .body("timeline[-1].details.toStart", equalTo(later.toString()));
        assertEquals(0, bookingsAt(a.worker(), y, second));
        assertEquals(1, bookingsAt(a.worker(), y, later));
        assertEquals(2, fixtures.activeBookings(a.tenantId(), a.worker()));

        // The new start must be on the tenant's 30-minute grid, with 2 h notice, within 14 days.
        as(customer).body(Map.of("start", later.plus(7, ChronoUnit.MINUTES).toString()))
                .when().post("/api/app/orders/" + y + "/reschedule")
                .then().statusCode(422).body("code", equalTo("order-start-off-grid"));
        as(customer).body(Map.of("start", OrderWorld.hoursAhead(1).toString()))
                .when().post("/api/app/orders/" + y + "/reschedule")
                .then().statusCode(422).body("code", equalTo("order-start-too-soon"));
        as(customer).body(Map.of("start", OrderWorld.hoursAhead(24 * 16).toString()))
                .when().post("/api/app/orders/" + y + "/reschedule")
                .then().statusCode(422).body("code", equalTo("order-start-too-far"));
        as(customer).body(Map.of("start", "tomorrow")).when().post("/api/app/orders/" + y + "/reschedule")
                .then().statusCode(400);

        // Staff may reschedule too; customer service may not.
        Instant staffTime = OrderWorld.hoursAhead(44);
        as(a.side().dispatcherToken()).body(Map.of("start", staffTime.toString(), "reason", "worker asked"))
                .when().post("/api/tenant/orders/" + x + "/reschedule").then().statusCode(200)
                .body("timeline[-1].actorKind", equalTo("STAFF"));
        assertEquals(1, bookingsAt(a.worker(), x, staffTime));
        as(StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service"))
                .body(Map.of("start", staffTime.toString())).when().post("/api/tenant/orders/" + x + "/reschedule")
                .then().statusCode(403);
    }

    @Test
    void staffDispatchAndChangeTheWorkerWhoMayDecline() {
        OrderWorld.Side a = world.a();
        String dispatcher = a.side().dispatcherToken();
        Instant start = OrderWorld.hoursAhead(60);
        UUID id = OrderWorld.order(a, fixtures.quote(a, null, start, 12_000));
        fixtures.pay(a.tenantId(), id, PaymentStage.FULL, 12_000);
        as(dispatcher).when().get("/api/tenant/orders/" + id).then().body("workerId", nullValue())
                .body("status", equalTo("PENDING_DISPATCH"));

        AppUsers.Session w2 = fixtures.newWorker(a, a.item());
        AppUsers.Session w3 = fixtures.newWorker(a, a.item());
        UUID w2id = UUID.fromString(w2.subjectId());
        UUID w3id = UUID.fromString(w3.subjectId());
        AppUsers.Session unskilled = fixtures.newWorker(a, fixtures.newItem(a.tenantId()));

        as(dispatcher).body(Map.of("workerId", unskilled.subjectId(), "reason", "nearest"))
                .when().post("/api/tenant/orders/" + id + "/assign")
                .then().statusCode(422).body("code", equalTo("worker-not-assignable"));
        as(dispatcher).body(Map.of("workerId", UUID.randomUUID().toString(), "reason", "nearest"))
                .when().post("/api/tenant/orders/" + id + "/assign").then().statusCode(404);
        as(dispatcher).body(Map.of("workerId", w2id.toString(), "reason", "x".repeat(301)))
                .when().post("/api/tenant/orders/" + id + "/assign").then().statusCode(400);
        as(StaffTokens.staff(a.slug() + "-fin", a.slug(), "finance"))
                .body(Map.of("workerId", w2id.toString(), "reason", "nearest"))
                .when().post("/api/tenant/orders/" + id + "/assign").then().statusCode(403);

        as(dispatcher).body(Map.of("workerId", w2id.toString(), "reason", "nearest"))
                .when().post("/api/tenant/orders/" + id + "/assign").then().statusCode(200)
                .body("workerId", equalTo(w2id.toString())).body("status", equalTo("PENDING_DISPATCH"));
        assertEquals(1, bookingsAt(w2id, id, start));
        as(w2).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        // Changing the worker needs a reason.
        as(dispatcher).body(Map.of("workerId", w3id.toString())).when().post("/api/tenant/orders/" + id + "/assign")
                .then().statusCode(422).body("code", equalTo("order-reassign-reason-required"));
        // w3 is busy at that time with another order: the change is refused and w2 keeps it.
        UUID busy = OrderWorld.order(a, fixtures.quote(a, w3id, start.plus(1, ChronoUnit.HOURS), 12_000));
        as(dispatcher).body(Map.of("workerId", w3id.toString(), "reason", "swap"))
                .when().post("/api/tenant/orders/" + id + "/assign")
                .then().statusCode(409).body("code", equalTo("worker-slot-taken"));
        assertEquals(1, bookingsAt(w2id, id, start));
        as(a.side().customer()).body(Map.of("reason", "x")).when().post("/api/app/orders/" + busy + "/cancel")
                .then().statusCode(200);

        as(dispatcher).body(Map.of("workerId", w3id.toString(), "reason", "swap"))
                .when().post("/api/tenant/orders/" + id + "/assign").then().statusCode(200)
                .body("workerId", equalTo(w3id.toString())).body("status", equalTo("PENDING_DISPATCH"))
                .body("timeline[-1].action", equalTo("ASSIGN"))
                .body("timeline[-1].fromStatus", equalTo("ACCEPTED"))
                .body("timeline[-1].details.fromWorkerId", equalTo(w2id.toString()))
                .body("timeline[-1].reason", equalTo("swap"));
        assertEquals(0, bookingsAt(w2id, id, start));
        assertEquals(1, bookingsAt(w3id, id, start));
        as(w2).when().get("/api/worker/orders/" + id).then().statusCode(404);
        as(dispatcher).body(Map.of("workerId", w3id.toString(), "reason", "again"))
                .when().post("/api/tenant/orders/" + id + "/assign")
                .then().statusCode(422).body("code", equalTo("order-worker-unchanged"));

        as(w3).body(Map.of("reason", "too far")).when().post("/api/worker/orders/" + id + "/decline").then().statusCode(204);
        assertEquals(0, bookingsAt(w3id, id, start));
        as(w3).when().get("/api/worker/orders/" + id).then().statusCode(404);
        as(dispatcher).when().get("/api/tenant/orders/" + id).then().statusCode(200)
                .body("workerId", nullValue()).body("status", equalTo("PENDING_DISPATCH"))
                .body("timeline[-1].action", equalTo("DECLINE"))
                .body("timeline[-1].actorKind", equalTo("WORKER"))
                .body("timeline[-1].reason", equalTo("too far"));
    }
}
