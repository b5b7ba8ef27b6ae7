package io.hearth.platform.dispatch.monitor;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.RealtimeMessage;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dispatchers' board: list, counts, acknowledge, resolve, illegal moves, and tenant isolation. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AlertBoardTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    MonitorWorld world;

    @Inject
    ExceptionMonitor monitor;

    @Inject
    RealtimeRecorder realtime;

    static OrderWorld.Pair pair;

    @BeforeEach
    void setUp() {
        if (pair == null) {
            pair = fixtures.pair();
        }
    }

    /** An accepted order of the side with an open NOT_DEPARTED alert; answers the alert id. */
    private UUID notDepartedAlert(OrderWorld.Side side) {
        Instant start = MonitorWorld.nextStart();
        UUID order = world.accepted(side, start);
        monitor.scan(start.minus(Duration.ofMinutes(30)));
        return world.alerts(order, AlertKind.NOT_DEPARTED).get(0).id();
    }

    @Test
    void aDispatcherAcknowledgesThenResolvesWithANoteAndIllegalMovesAreConflicts() {
        OrderWorld.Side a = pair.a();
        String dispatcher = a.side().dispatcherToken();
        UUID alert = notDepartedAlert(a);

        as(dispatcher).when().post("/api/tenant/dispatch/alerts/" + alert + "/acknowledgement").then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", notNullValue())
                .body("kind", equalTo("NOT_DEPARTED")).body("orderNo", notNullValue());
        as(dispatcher).when().post("/api/tenant/dispatch/alerts/" + alert + "/acknowledgement").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("alert-illegal-transition"));

        as(dispatcher).body(Map.of("note", " ")).when().post("/api/tenant/dispatch/alerts/" + alert + "/resolution")
                .then().statusCode(400).contentType("application/problem+json");
        as(dispatcher).when().post("/api/tenant/dispatch/alerts/" + alert + "/resolution")
                .then().statusCode(400).contentType("application/problem+json");
        as(dispatcher).body(Map.of("note", "called the worker: on the way")).when()
                .post("/api/tenant/dispatch/alerts/" + alert + "/resolution").then().statusCode(200)
                .body("state", equalTo("RESOLVED")).body("resolutionNote", equalTo("called the worker: on the way"))
                .body("resolvedAutomatically", equalTo(false));
        as(dispatcher).body(Map.of("note", "again")).when().post("/api/tenant/dispatch/alerts/" + alert + "/resolution")
                .then().statusCode(409).body("code", equalTo("alert-illegal-transition"));
        as(dispatcher).when().post("/api/tenant/dispatch/alerts/" + alert + "/acknowledgement").then().statusCode(409);

        assertEquals(List.of("alert.opened", "alert.acknowledged", "alert.resolved"),
                realtime.aboutAlert(alert).stream().map(RealtimeMessage::type).toList());
        assertEquals(3, world.count("select count(*) from outbox_event where aggregate_id = ? and type like 'alert.%'",
                alert.toString()));
    }

    @Test
    void aResolvedAlertIsNotRaisedAgainForTheSameEpisode() {
        OrderWorld.Side a = pair.a();
        Instant start = MonitorWorld.nextStart();
        UUID order = world.accepted(a, start);
        monitor.scan(start.minus(Duration.ofMinutes(30)));
        UUID alert = world.alerts(order, AlertKind.NOT_DEPARTED).get(0).id();
        as(a.side().ownerToken()).body(Map.of("note", "worker is near, fine")).when()
                .post("/api/tenant/dispatch/alerts/" + alert + "/resolution").then().statusCode(200);

        monitor.scan(start.minus(Duration.ofMinutes(20)));
        assertEquals(1, world.alerts(order, AlertKind.NOT_DEPARTED).size());
    }

    @Test
    void theBoardListsNewestFirstByStateAndKindInKeysetPagesWithCountsByState() {
        OrderWorld.Side a = pair.a();
        String cs = StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service");
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(notDepartedAlert(a));
        }
        JsonPath summary = as(cs).when().get("/api/tenant/dispatch/alerts/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(true, summary.getLong("open") >= 3);

        as(a.side().dispatcherToken()).when().get("/api/tenant/dispatch/alerts?state=open&kind=NOT_DEPARTED&limit=100")
                .then().statusCode(200).body("items.state", everyItem(equalTo("OPEN")))
                .body("items.kind", everyItem(equalTo("NOT_DEPARTED")))
                .body("items.id", hasItem(mine.get(2).toString()))
                .body("items[0].ageSeconds", greaterThanOrEqualTo(0))
                .body("items[0].startAt", notNullValue());

        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = as(cs).queryParam("limit", 2).queryParam("after", after == null ? "" : after)
                    .when().get("/api/tenant/dispatch/alerts").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            order.addAll(page.getList("items.raisedAt"));
            ids.forEach(id -> assertEquals(true, seen.add(id), "no alert twice"));
            after = page.getString("next");
        } while (after != null);
        mine.forEach(id -> assertEquals(true, seen.contains(id.toString())));
        for (int i = 1; i < order.size(); i++) {
            assertEquals(true, Instant.parse(order.get(i - 1)).compareTo(Instant.parse(order.get(i))) >= 0, "newest first");
        }

        as(cs).when().get("/api/tenant/dispatch/alerts?state=BOGUS").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("monitor-filter-invalid"));
        as(cs).when().get("/api/tenant/dispatch/alerts?after=nonsense").then().statusCode(400)
                .body("code", equalTo("monitor-cursor-invalid"));
        as(cs).when().get("/api/tenant/dispatch/alerts?limit=0").then().statusCode(400);
        as(StaffTokens.staff(a.slug() + "-fin", a.slug(), "finance")).when().get("/api/tenant/dispatch/alerts")
                .then().statusCode(403);
        as(a.side().customer()).when().get("/api/tenant/dispatch/alerts").then().statusCode(403);
    }

    @Test
    void anotherTenantsStaffNeitherSeesNorChangesTheAlerts() {
        UUID alertOfA = notDepartedAlert(pair.a());
        String dispatcherB = pair.b().side().dispatcherToken();
        as(dispatcherB).when().post("/api/tenant/dispatch/alerts/" + alertOfA + "/acknowledgement").then().statusCode(404)
                .contentType("application/problem+json");
        as(dispatcherB).body(Map.of("note", "mine now")).when()
                .post("/api/tenant/dispatch/alerts/" + alertOfA + "/resolution").then().statusCode(404);
        as(dispatcherB).when().get("/api/tenant/dispatch/alerts?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(alertOfA.toString())));
        as(pair.a().side().dispatcherToken()).when().get("/api/tenant/dispatch/alerts?limit=100").then().statusCode(200)
                .body("items.id", hasItem(alertOfA.toString()));
        as(dispatcherB).when().get("/api/tenant/dispatch/alerts/summary").then().statusCode(200)
                .body("open", equalTo(0)).body("acknowledged", equalTo(0)).body("resolved", equalTo(0));
        as(pair.a().side().dispatcherToken()).when().post("/api/tenant/dispatch/alerts/" + alertOfA + "/acknowledgement")
                .then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
    }

}
