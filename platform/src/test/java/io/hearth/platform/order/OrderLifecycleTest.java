package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.payment.PayableOrders.PaidOutcome;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderLifecycleTest {

    @Inject
    OrderWorld fixtures;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    static String photo(AppUsers.Session worker) {
        byte[] jpeg = new byte[2048];
        ThreadLocalRandom.current().nextBytes(jpeg);
        int[] head = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F' };
        for (int i = 0; i < head.length; i++) {
            jpeg[i] = (byte) head[i];
        }
        return given().auth().oauth2(worker.accessToken()).multiPart("file", "done.jpg", jpeg, "image/jpeg")
                .multiPart("purpose", "ORDER_PHOTO").when().post("/api/files").then().statusCode(201).extract().path("id");
    }

    @Test
    void fromQuoteToConfirmationAsCustomerWorkerAndStaff() {
        OrderWorld.Side a = world.a();
        AppUsers.Session customer = a.side().customer();
        AppUsers.Session worker = a.side().worker();
        UUID quote = fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(48), 20_000);

        String id = as(customer).body(OrderWorld.createBody(quote)).when().post("/api/app/orders")
                .then().statusCode(201)
                .header("Location", containsString("/api/app/orders/"))
                .body("status", equalTo("PENDING_PAYMENT"))
                .body("orderNo", notNullValue())
                .body("workerId", equalTo(a.worker().toString()))
                .body("customerChoseWorker", equalTo(true))
                .body("money.totalFen", equalTo(20_000))
                .body("money.dueStage", equalTo("FULL"))
                .body("money.dueFen", equalTo(20_000))
                .body("times.paymentDeadline", notNullValue())
                .body("address.contactPhone", equalTo("+8613912345678"))
                .body("address.room", equalTo("1801"))
                .body("address.accessInstructions", equalTo("door code 4711#"))
                .body("requirements.focusAreas", contains("kitchen", "windows"))
                .body("requirements.workerBringsSupplies", equalTo(true))
                .body("requirements.pets", equalTo("one cat"))
                .body("lines[0].kind", equalTo("BASE"))
                .extract().path("id");
        UUID orderId = UUID.fromString(id);
        assertEquals(1, fixtures.count("select count(*) from worker_booking where tenant_id = ? and order_id = ? and active",
                a.tenantId(), orderId));
        assertEquals(1, fixtures.count("select count(*) from quote where tenant_id = ? and id = ? and order_id = ?",
                a.tenantId(), quote, orderId));
        // In the database the address snapshot is ciphertext.
        assertEquals(0, fixtures.count("select count(*) from service_order where id = ? and (detail_enc like '%Wensan%'"
                + " or contact_phone_enc like '%1391234%' or access_instructions_enc like '%4711%')", orderId));

        // Unpaid: not the worker's business yet.
        as(worker).when().get("/api/worker/orders/" + id).then().statusCode(404);
        as(worker).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(404);

        UUID payment = UUID.randomUUID();
        assertEquals(PaidOutcome.ACCEPTED, fixtures.pay(a.tenantId(), orderId, payment, PaymentStage.FULL, 20_000));
        assertEquals(PaidOutcome.ACCEPTED, fixtures.pay(a.tenantId(), orderId, payment, PaymentStage.FULL, 20_000));
        assertEquals(PaidOutcome.REJECTED, fixtures.pay(a.tenantId(), orderId, PaymentStage.FULL, 20_000));
        assertEquals(20_000, fixtures.payable(a.tenantId(), orderId).orElseThrow().paidFen());

        as(worker).when().get("/api/worker/orders?view=upcoming").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(worker).when().get("/api/worker/orders/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_DISPATCH"))
                .body("address.masked", equalTo(true))
                .body("address.room", nullValue())
                .body("address.detail", nullValue())
                .body("address.contactPhone", equalTo("*******5678"))
                .body("address.district", equalTo("Xihu"));
        as(worker).when().post("/api/worker/orders/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("address.masked", equalTo(false))
                .body("address.detail", equalTo("Wensan Road 88"))
                .body("address.accessInstructions", equalTo("door code 4711#"));
        as(worker).when().post("/api/worker/orders/" + id + "/depart").then().statusCode(200).body("status", equalTo("DEPARTED"));
        as(worker).when().post("/api/worker/orders/" + id + "/arrive").then().statusCode(200).body("status", equalTo("ARRIVED"));
        as(worker).when().post("/api/worker/orders/" + id + "/start").then().statusCode(200).body("status", equalTo("IN_SERVICE"));
        as(worker).body(Map.of("reason", "customer asked for a break")).when().post("/api/worker/orders/" + id + "/pause")
                .then().statusCode(200).body("status", equalTo("PAUSED"));
        as(worker).when().post("/api/worker/orders/" + id + "/resume").then().statusCode(200).body("status", equalTo("IN_SERVICE"));
        as(worker).when().get("/api/worker/orders?view=active").then().statusCode(200).body("items.id", hasItem(id));

        String photo = photo(worker);
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("actualMinutes", 130);
        done.put("notes", "kitchen and windows done");
        done.put("photoFileIds", List.of(photo));
        as(worker).body(done).when().post("/api/worker/orders/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("work.actualMinutes", equalTo(130))
                .body("work.photoFileIds", contains(photo))
                .body("address.masked", equalTo(true));
        as(worker).when().get("/api/worker/orders?view=done").then().statusCode(200).body("items.id", hasItem(id));

        as(customer).when().post("/api/app/orders/" + id + "/confirm").then().statusCode(200)
                .body("times.confirmedAt", notNullValue());
        as(customer).when().post("/api/app/orders/" + id + "/confirm").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("order-illegal-transition"));

        as(customer).when().get("/api/app/orders/" + id).then().statusCode(200)
                .body("timeline.action", contains("CREATE", "PAY", "ACCEPT", "DEPART", "ARRIVE", "START", "PAUSE",
                        "RESUME", "COMPLETE", "CONFIRM"))
                .body("timeline.actorKind", contains("CUSTOMER", "SYSTEM", "WORKER", "WORKER", "WORKER", "WORKER",
                        "WORKER", "WORKER", "WORKER", "CUSTOMER"))
                .body("timeline[0].fromStatus", nullValue())
                .body("timeline[0].toStatus", equalTo("PENDING_PAYMENT"))
                .body("timeline[1].fromStatus", equalTo("PENDING_PAYMENT"))
                .body("timeline[1].toStatus", equalTo("PENDING_DISPATCH"))
                .body("timeline[1].details.paymentId", equalTo(payment.toString()))
                .body("timeline[2].actorId", equalTo(a.worker().toString()))
                .body("timeline[6].reason", equalTo("customer asked for a break"))
                .body("timeline[8].details.actualMinutes", equalTo(130))
                .body("timeline[9].fromStatus", equalTo("COMPLETED"))
                .body("timeline[9].toStatus", equalTo("COMPLETED"));
        as(customer).when().get("/api/app/orders?status=COMPLETED").then().statusCode(200).body("items.id", hasItem(id));
        as(customer).when().get("/api/app/orders?status=CANCELLED").then().statusCode(200).body("items.id", not(hasItem(id)));

        as(a.side().dispatcherToken()).when().get("/api/tenant/orders/" + id).then().statusCode(200)
                .body("address.detail", equalTo("Wensan Road 88"))
                .body("timeline", org.hamcrest.Matchers.hasSize(10));
    }

    @Test
    void aPhotoTheWorkerDidNotUploadIsRefusedAndNothingChanges() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = a.side().worker();
        UUID orderId = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(60), 9_000));
        fixtures.pay(a.tenantId(), orderId, PaymentStage.FULL, 9_000);
        for (String step : List.of("accept", "depart", "arrive", "start")) {
            as(worker).when().post("/api/worker/orders/" + orderId + "/" + step).then().statusCode(200);
        }
        String customersPhoto = photo(a.side().customer());
        as(worker).body(Map.of("actualMinutes", 100, "photoFileIds", List.of(customersPhoto)))
                .when().post("/api/worker/orders/" + orderId + "/complete")
                .then().statusCode(422).body("code", equalTo("file-not-attachable"));
        as(worker).body(Map.of("actualMinutes", 0)).when().post("/api/worker/orders/" + orderId + "/complete")
                .then().statusCode(400).contentType("application/problem+json");
        as(worker).when().get("/api/worker/orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("IN_SERVICE")).body("work.actualMinutes", nullValue());
    }

    /** Each worker call in each state: what the machine does not allow answers 409 naming the state and the action. */
    @Test
    void everyIllegalTransitionIsAConflictNamingStateAndAction() {
        OrderWorld.Side a = world.a();
        AppUsers.Session worker = a.side().worker();
        AppUsers.Session customer = a.side().customer();
        UUID orderId = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(72), 5_000));
        fixtures.pay(a.tenantId(), orderId, PaymentStage.FULL, 5_000);
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("accept", "ACCEPT");
        calls.put("depart", "DEPART");
        calls.put("arrive", "ARRIVE");
        calls.put("start", "START");
        calls.put("pause", "PAUSE");
        calls.put("resume", "RESUME");
        calls.put("complete", "COMPLETE");
        calls.put("decline", "DECLINE");
        // state reached → the call that moves on from it
        List<String[]> path = List.of(new String[] { "PENDING_DISPATCH", "accept" }, new String[] { "ACCEPTED", "depart" },
                new String[] { "DEPARTED", "arrive" }, new String[] { "ARRIVED", "start" },
                new String[] { "IN_SERVICE", "pause" }, new String[] { "PAUSED", "resume" },
                new String[] { "IN_SERVICE", "complete" }, new String[] { "COMPLETED", null });
        Map<String, List<String>> allowed = Map.of("PENDING_DISPATCH", List.of("accept", "decline"),
                "ACCEPTED", List.of("depart"), "DEPARTED", List.of("arrive"), "ARRIVED", List.of("start"),
                "IN_SERVICE", List.of("pause", "complete"), "PAUSED", List.of("resume"), "COMPLETED", List.of());
        for (String[] step : path) {
            String state = step[0];
            for (Map.Entry<String, String> call : calls.entrySet()) {
                if (allowed.get(state).contains(call.getKey())) {
                    continue;
                }
                as(worker).body(Map.of("actualMinutes", 60)).when().post("/api/worker/orders/" + orderId + "/" + call.getKey())
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("code", equalTo("order-illegal-transition"))
                        .body("detail", containsString(state))
                        .body("detail", containsString(call.getValue()));
            }
            if (!state.equals("COMPLETED")) {
                as(customer).when().post("/api/app/orders/" + orderId + "/confirm").then().statusCode(409)
                        .body("code", equalTo("order-illegal-transition"));
            }
            if (List.of("DEPARTED", "ARRIVED", "IN_SERVICE", "PAUSED", "COMPLETED").contains(state)) {
                as(customer).body(Map.of("start", OrderWorld.hoursAhead(96).toString()))
                        .when().post("/api/app/orders/" + orderId + "/reschedule")
                        .then().statusCode(409).body("code", equalTo("order-illegal-transition"));
            }
            if (List.of("ARRIVED", "IN_SERVICE", "PAUSED", "COMPLETED").contains(state)) {
                as(customer).body(Map.of("reason", "changed my mind")).when().post("/api/app/orders/" + orderId + "/cancel")
                        .then().statusCode(409).body("code", equalTo("order-not-cancellable"));
                as(a.side().ownerToken()).body(Map.of("reason", "customer called", "waiveFee", true))
                        .when().post("/api/tenant/orders/" + orderId + "/cancel")
                        .then().statusCode(409).body("code", equalTo("order-not-cancellable"));
                as(a.side().ownerToken()).body(Map.of("workerId", a.worker().toString(), "reason", "swap"))
                        .when().post("/api/tenant/orders/" + orderId + "/assign")
                        .then().statusCode(409).body("code", equalTo("order-illegal-transition"));
            }
            if (step[1] != null) {
                as(worker).body(Map.of("actualMinutes", 60)).when().post("/api/worker/orders/" + orderId + "/" + step[1])
                        .then().statusCode(200);
            }
        }
        // Nothing refused left a trace: the timeline holds exactly the allowed steps.
        as(customer).when().get("/api/app/orders/" + orderId).then().statusCode(200)
                .body("timeline.action", contains("CREATE", "PAY", "ACCEPT", "DEPART", "ARRIVE", "START", "PAUSE",
                        "RESUME", "COMPLETE"));
    }
}
