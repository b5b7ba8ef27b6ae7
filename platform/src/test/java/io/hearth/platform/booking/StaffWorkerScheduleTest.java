package io.hearth.platform.booking;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.hearth.platform.worker.WorkerFixtures.window;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff read a worker's week, the exceptions of the coming 30 days and the visits booked for the coming 7 days;
 * another tenant's worker is not found, and staff who do not read workers are refused.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffWorkerScheduleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    OrderWorld fixtures;

    static OrderWorld.Pair pair;

    @BeforeEach
    void world() {
        if (pair == null) {
            pair = fixtures.pair();
        }
    }

    private static String url(UUID worker) {
        return "/api/tenant/workers/" + worker + "/availability";
    }

    @Test
    void aDispatcherSeesTheWeekTheComingExceptionsAndTheBookedVisitsWithoutCustomerData() {
        OrderWorld.Side a = pair.a();
        AppUsers.Session worker = a.side().worker();
        // booked: in 30 h and in 100 h (within 7 days), in 200 h (later); one within 7 days cancelled
        Instant first = OrderWorld.hoursAhead(30);
        Instant second = OrderWorld.hoursAhead(100);
        UUID o1 = OrderWorld.order(a, fixtures.quote(a, a.worker(), first, 0));
        UUID o2 = OrderWorld.order(a, fixtures.quote(a, a.worker(), second, 0));
        OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(200), 0));
        UUID cancelled = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(60), 0));
        as(a.side().customer()).body(Map.of("reason", "plans changed")).when()
                .post("/api/app/orders/" + cancelled + "/cancel").then().statusCode(200);

        as(worker).body(Map.of("windows", List.of(window(6, "09:00", "00:00"), window(1, "13:00", "18:00"),
                window(1, "08:00", "12:00")))).when().put("/api/worker/me/availability").then().statusCode(200);
        LocalDate today = LocalDate.now(SHANGHAI);
        as(worker).body(Map.of("date", today.plusDays(1).toString(), "kind", "DAY_OFF")).when()
                .post("/api/worker/me/availability/exceptions").then().statusCode(201);
        as(worker).body(Map.of("date", today.plusDays(10).toString(), "kind", "EXTRA_HOURS", "start", "19:00",
                "end", "21:30")).when().post("/api/worker/me/availability/exceptions").then().statusCode(201);
        as(worker).body(Map.of("date", today.plusDays(29).toString(), "kind", "DAY_OFF")).when()
                .post("/api/worker/me/availability/exceptions").then().statusCode(201);
        as(worker).body(Map.of("date", today.plusDays(30).toString(), "kind", "DAY_OFF")).when()
                .post("/api/worker/me/availability/exceptions").then().statusCode(201);

        JsonPath s = as(a.side().dispatcherToken()).when().get(url(a.worker())).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(a.worker().toString(), s.getString("workerId"));
        assertEquals("Asia/Shanghai", s.getString("timeZone"));
        assertEquals(today.toString(), s.getString("today"));
        assertEquals(List.of(1, 1, 6), s.getList("week.weekday"));
        assertEquals(List.of("08:00:00", "13:00:00", "09:00:00"), s.getList("week.start"));
        assertEquals(List.of("12:00:00", "18:00:00", "00:00:00"), s.getList("week.end"));

        assertEquals(today.plusDays(29).toString(), s.getString("exceptionsUntil"));
        assertEquals(List.of(today.plusDays(1).toString(), today.plusDays(10).toString(), today.plusDays(29).toString()),
                s.getList("exceptions.date"));
        assertEquals(List.of("DAY_OFF", "EXTRA_HOURS", "DAY_OFF"), s.getList("exceptions.kind"));
        assertEquals("19:00:00", s.getString("exceptions[1].start"));
        assertEquals("21:30:00", s.getString("exceptions[1].end"));

        assertEquals(List.of(o1.toString(), o2.toString()), s.getList("bookings.orderId"));
        assertEquals(first, Instant.parse(s.getString("bookings[0].start")));
        assertEquals(first.plus(Duration.ofMinutes(120)), Instant.parse(s.getString("bookings[0].end")));
        assertEquals(Set.of("orderId", "start", "end"), s.getMap("bookings[0]").keySet());
        String raw = s.prettify();
        assertFalse(raw.contains("Li Na") || raw.contains("13912345678") || raw.contains("Wensan"), raw);

        // the owner reads it too, and the worker's own page under the same prefix still answers
        as(a.side().ownerToken()).when().get(url(a.worker())).then().statusCode(200);
        as(a.side().ownerToken()).when().get("/api/tenant/workers/" + a.worker()).then().statusCode(200)
                .body("summary.id", equalTo(a.worker().toString()));
    }

    @Test
    void anotherTenantsWorkerIsNotFound() {
        as(pair.a().side().ownerToken()).when().get(url(pair.b().worker())).then().statusCode(404)
                .contentType("application/problem+json");
        as(pair.b().side().dispatcherToken()).when().get(url(pair.a().worker())).then().statusCode(404);
        as(pair.a().side().ownerToken()).when().get(url(UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    void staffWhoDoNotReadWorkersAndWorkersAreRefused() {
        String slug = pair.a().slug();
        UUID worker = pair.a().worker();
        as(StaffTokens.staff(slug + "-cs", slug, "customer-service")).when().get(url(worker)).then().statusCode(403);
        as(StaffTokens.staff(slug + "-fin", slug, "finance")).when().get(url(worker)).then().statusCode(403);
        as(pair.a().side().worker()).when().get(url(worker)).then().statusCode(403);
    }
}
