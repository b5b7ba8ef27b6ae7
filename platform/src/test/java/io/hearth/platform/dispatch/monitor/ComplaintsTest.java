package io.hearth.platform.dispatch.monitor;

import static io.hearth.platform.dispatch.monitor.MonitorWorld.step;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.RealtimeMessage;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers complain from the worker's arrival on; customer service handles and closes; tenants stay apart. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ComplaintsTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    MonitorWorld world;

    @Inject
    RealtimeRecorder realtime;

    static OrderWorld.Pair pair;

    @BeforeEach
    void setUp() {
        if (pair == null) {
            pair = fixtures.pair();
        }
    }

    static Map<String, Object> complaint(String category, String text, List<String> photos) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("text", text);
        if (photos != null) {
            body.put("photoFileIds", photos);
        }
        return body;
    }

    static String photo(AppUsers.Session who) {
        byte[] jpeg = new byte[1024];
        ThreadLocalRandom.current().nextBytes(jpeg);
        int[] head = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F' };
        for (int i = 0; i < head.length; i++) {
            jpeg[i] = (byte) head[i];
        }
        return given().auth().oauth2(who.accessToken()).multiPart("file", "mess.jpg", jpeg, "image/jpeg")
                .multiPart("purpose", "ORDER_PHOTO").when().post("/api/files").then().statusCode(201).extract().path("id");
    }

    private UUID arrived(OrderWorld.Side side) {
        UUID order = world.accepted(side, MonitorWorld.nextStart());
        step(side.side().worker(), order, "depart");
        step(side.side().worker(), order, "arrive");
        return order;
    }

    private int complaintsOf(UUID order) {
        return world.count("select count(*) from order_complaint where order_id = ?", order);
    }

    @Test
    void beforeTheWorkerArrivesAComplaintIsRefusedAndNothingIsWritten() {
        OrderWorld.Side a = pair.a();
        UUID order = world.accepted(a, MonitorWorld.nextStart());
        as(a.side().customer()).body(complaint("LATE", "Nobody has come yet", null)).when()
                .post("/api/app/orders/" + order + "/complaints").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("complaint-not-allowed"));
        assertEquals(0, complaintsOf(order));
        assertEquals(List.of(), world.alerts(order));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        OrderWorld.Side a = pair.a();
        UUID order = arrived(a);
        String path = "/api/app/orders/" + order + "/complaints";
        AppUsers.Session customer = a.side().customer();
        as(customer).body(complaint("QUALITY", "bad", null)).when().post(path).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"));
        as(customer).body(complaint("QUALITY", "     bad     ", null)).when().post(path).then().statusCode(400)
                .body("code", equalTo("complaint-text-blank"));
        as(customer).body(complaint("QUALITY", "x".repeat(1001), null)).when().post(path).then().statusCode(400);
        as(customer).body(complaint(null, "The floor is still dirty", null)).when().post(path).then().statusCode(400);
        as(customer).body(complaint("ANGRY", "The floor is still dirty", null)).when().post(path).then().statusCode(400)
                .contentType("application/problem+json");
        String othersPhoto = photo(a.side().worker()); // uploaded by the worker, not by the customer
        as(customer).body(complaint("QUALITY", "The floor is still dirty", List.of(othersPhoto))).when().post(path)
                .then().statusCode(422).body("code", equalTo("file-not-attachable"));
        as(customer).body(complaint("QUALITY", "The floor is still dirty", List.of(UUID.randomUUID().toString())))
                .when().post(path).then().statusCode(422);
        assertEquals(0, complaintsOf(order));
        assertEquals(List.of(), world.alerts(order));
        assertEquals(0, world.count("select count(*) from outbox_event where aggregate_id = ? and type = 'order.complaint_filed'",
                order.toString()));
    }

    @Test
    void onArrivalTheCustomerComplainsWithPhotosWhichOpensAComplaintAlertThatClosingResolves() {
        OrderWorld.Side a = pair.a();
        AppUsers.Session customer = a.side().customer();
        UUID order = arrived(a);
        String photo = photo(customer);
        String id = as(customer).body(complaint("BEHAVIOUR", "  The worker was rude at the door  ", List.of(photo)))
                .when().post("/api/app/orders/" + order + "/complaints").then().statusCode(201)
                .body("state", equalTo("OPEN")).body("category", equalTo("BEHAVIOUR"))
                .body("text", equalTo("The worker was rude at the door")).body("photoFileIds", contains(photo))
                .extract().path("id");
        as(customer).when().get("/api/app/orders/" + order + "/complaints").then().statusCode(200)
                .body("id", contains(id));
        assertEquals(1, world.count("select count(*) from outbox_event where aggregate_id = ? and type = 'order.complaint_filed'",
                order.toString()));

        List<MonitorWorld.Row> alerts = world.alerts(order, AlertKind.COMPLAINT);
        assertEquals(1, alerts.size());
        assertEquals(AlertState.OPEN, alerts.get(0).state());
        assertEquals(List.of("alert.opened"),
                realtime.aboutAlert(alerts.get(0).id()).stream().map(RealtimeMessage::type).toList());

        // a second complaint while the first is open: two complaints, still one unresolved COMPLAINT alert
        String second = as(customer).body(complaint("QUALITY", "Windows were skipped", null)).when()
                .post("/api/app/orders/" + order + "/complaints").then().statusCode(201).extract().path("id");
        assertEquals(1, world.alerts(order, AlertKind.COMPLAINT).size());

        String cs = StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service");
        as(cs).when().get("/api/tenant/complaints?state=OPEN&limit=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.customerPhone", containsString("****"))
                .body("items.find { it.id == '" + id + "' }.orderNo", equalTo(orderNo(a, order)));
        as(cs).when().post("/api/tenant/complaints/" + id + "/handling").then().statusCode(200)
                .body("state", equalTo("HANDLING")).body("handledBy", org.hamcrest.Matchers.notNullValue());
        as(cs).when().post("/api/tenant/complaints/" + id + "/handling").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("complaint-illegal-transition"));
        as(cs).body(Map.of("resolution", "")).when().post("/api/tenant/complaints/" + id + "/closure").then()
                .statusCode(400);
        as(cs).body(Map.of("resolution", "Apologised; 20 % voucher")).when().post("/api/tenant/complaints/" + id + "/closure")
                .then().statusCode(200).body("state", equalTo("CLOSED"));
        assertEquals(AlertState.OPEN, world.alerts(order, AlertKind.COMPLAINT).get(0).state(), "one complaint still open");

        as(a.side().ownerToken()).body(Map.of("resolution", "Cleaned the windows again")).when()
                .post("/api/tenant/complaints/" + second + "/closure").then().statusCode(200);
        MonitorWorld.Row alert = world.alerts(order, AlertKind.COMPLAINT).get(0);
        assertEquals(AlertState.RESOLVED, alert.state());
        assertTrue(alert.automatic());
        as(cs).body(Map.of("resolution", "again")).when().post("/api/tenant/complaints/" + second + "/closure").then()
                .statusCode(409);
        as(cs).when().get("/api/tenant/complaints?state=CLOSED&limit=100").then().statusCode(200)
                .body("items.id", hasItem(second));
        as(cs).when().get("/api/tenant/complaints?state=NOPE").then().statusCode(400);
        as(StaffTokens.staff(a.slug() + "-fin", a.slug(), "finance")).when().get("/api/tenant/complaints").then()
                .statusCode(403);
    }

    private static String orderNo(OrderWorld.Side side, UUID order) {
        return OrderWorld.detail(side, order).getString("orderNo");
    }

    @Test
    void afterCompletionWithinTheWindowOnlyAndNotLater() {
        OrderWorld.Side a = pair.a();
        UUID order = world.accepted(a, MonitorWorld.nextStart());
        for (String s : List.of("depart", "arrive", "start")) {
            step(a.side().worker(), order, s);
        }
        as(a.side().worker()).body(Map.of("actualMinutes", 120)).when().post("/api/worker/orders/" + order + "/complete")
                .then().statusCode(200);
        as(a.side().customer()).body(complaint("DAMAGE", "A vase was broken", null)).when()
                .post("/api/app/orders/" + order + "/complaints").then().statusCode(201);

        UUID late = world.accepted(a, MonitorWorld.nextStart());
        for (String s : List.of("depart", "arrive", "start")) {
            step(a.side().worker(), late, s);
        }
        as(a.side().worker()).body(Map.of("actualMinutes", 120)).when().post("/api/worker/orders/" + late + "/complete")
                .then().statusCode(200);
        world.count("with u as (update service_order set completed_at = completed_at - interval '8 days' where id = ?"
                + " returning 1) select count(*) from u", late);
        as(a.side().customer()).body(complaint("DAMAGE", "A vase was broken", null)).when()
                .post("/api/app/orders/" + late + "/complaints").then().statusCode(422)
                .body("code", equalTo("complaint-too-late"));
        assertEquals(0, complaintsOf(late));
    }

    @Test
    void nobodyComplainsAboutOrSeesAnotherCustomersOrAnotherTenantsComplaints() {
        OrderWorld.Side a = pair.a();
        UUID order = arrived(a);
        String id = as(a.side().customer()).body(complaint("OTHER", "Something was off", null)).when()
                .post("/api/app/orders/" + order + "/complaints").then().statusCode(201).extract().path("id");

        AppUsers.Session stranger = fixtures.newCustomer(a);
        as(stranger).body(complaint("OTHER", "Not even my order", null)).when()
                .post("/api/app/orders/" + order + "/complaints").then().statusCode(404)
                .contentType("application/problem+json");
        as(stranger).when().get("/api/app/orders/" + order + "/complaints").then().statusCode(404);
        as(pair.b().side().customer()).body(complaint("OTHER", "Another tenant's order", null)).when()
                .post("/api/app/orders/" + order + "/complaints").then().statusCode(404);
        assertEquals(1, complaintsOf(order));

        String csB = StaffTokens.staff(pair.b().slug() + "-cs", pair.b().slug(), "customer-service");
        as(csB).when().get("/api/tenant/complaints?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(csB).when().post("/api/tenant/complaints/" + id + "/handling").then().statusCode(404);
        as(csB).body(Map.of("resolution", "closing someone else's")).when().post("/api/tenant/complaints/" + id + "/closure")
                .then().statusCode(404);
        as(pair.b().side().dispatcherToken()).when().get("/api/tenant/dispatch/alerts?kind=COMPLAINT").then()
                .statusCode(200).body("items", hasSize(0));
        as(a.side().customer()).when().get("/api/app/orders/" + order + "/complaints").then().statusCode(200)
                .body("state", contains("OPEN"));
    }
}
