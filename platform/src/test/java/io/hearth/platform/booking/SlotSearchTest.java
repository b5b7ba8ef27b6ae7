package io.hearth.platform.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SlotSearchTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final double LAT = 30.2741;
    static final double LNG = 120.1551;

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    record World(TwoTenants two, UUID item, UUID otherItem, UUID itemB, UUID w1, UUID w2, UUID wNoSkill, UUID wB) {
    }

    static World world;

    @BeforeEach
    void setUp() {
        if (world != null) {
            return;
        }
        TwoTenants two = TwoTenants.create(sms);
        UUID tenantA = two.a().tenant().id();
        UUID item = catalog.add(tenantA);
        UUID otherItem = catalog.add(tenantA);
        UUID itemB = catalog.add(two.b().tenant().id());
        UUID w1 = approvedWorker(two.a(), two.a().worker(), item, LAT, LNG);
        UUID w2 = approvedWorker(two.a(), AppUsers.worker(sms, two.a().tenant().slug()), item, LAT + 0.02, LNG);
        UUID wNoSkill = approvedWorker(two.a(), AppUsers.worker(sms, two.a().tenant().slug()), otherItem, LAT, LNG);
        UUID wB = approvedWorker(two.b(), two.b().worker(), itemB, LAT, LNG);
        world = new World(two, item, otherItem, itemB, w1, w2, wNoSkill, wB);
    }

    /** Registers with the skill, a valid health certificate and 08:00–20:00 every day; approved by the owner. */
    static UUID approvedWorker(TwoTenants.Side side, AppUsers.Session worker, UUID skill, double lat, double lng) {
        return WorkerFixtures.approvedWorker(side.ownerToken(), worker, List.of(skill), lat, lng, "08:00", "20:00");
    }

    static ValidatableResponse slots(String slug, Map<String, Object> params) {
        return given().header("X-Hearth-Tenant", slug).queryParams(params).when().get("/api/app/slots").then();
    }

    static Map<String, Object> params(UUID item, LocalDate from, LocalDate to) {
        Map<String, Object> m = new HashMap<>();
        m.put("itemId", item.toString());
        m.put("quantity", 1);
        m.put("lat", LAT);
        m.put("lng", LNG);
        m.put("from", from.toString());
        m.put("to", to.toString());
        return m;
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    static Map<String, Integer> counts(ValidatableResponse r) {
        List<Map<String, Object>> slots = r.extract().path("slots");
        Map<String, Integer> out = new HashMap<>();
        for (Map<String, Object> s : slots) {
            out.put(OffsetDateTime.parse((String) s.get("start")).atZoneSameInstant(SHANGHAI).toLocalDateTime().toString(),
                    (Integer) s.get("freeWorkers"));
        }
        return out;
    }

    @Test
    void twoApprovedWorkersWithTheSkillAreCountedNotTheOneWithoutIt() {
        LocalDate day = today().plusDays(3);
        ValidatableResponse r = slots(world.two().a().tenant().slug(), params(world.item(), day, day))
                .statusCode(200).body("zone", equalTo("Asia/Shanghai")).body("durationMinutes", equalTo(120))
                .body("slots", hasSize(21));
        Map<String, Integer> counts = counts(r);
        assertEquals(2, counts.get(day + "T08:00"));
        assertEquals(2, counts.get(day + "T18:00"));
        assertTrue(counts.values().stream().allMatch(c -> c == 2));
        String first = r.extract().path("slots[0].start");
        assertTrue(first.endsWith("+08:00"), first);

        // PER_HOUR: quantity 3 → 6 hours.
        Map<String, Object> three = params(world.item(), day, day);
        three.put("quantity", 3);
        slots(world.two().a().tenant().slug(), three).statusCode(200).body("durationMinutes", equalTo(360))
                .body("slots", hasSize(13));

        // The other item: only the worker with that skill.
        Map<String, Integer> other = counts(slots(world.two().a().tenant().slug(), params(world.otherItem(), day, day))
                .statusCode(200));
        assertTrue(other.values().stream().allMatch(c -> c == 1));
    }

    @Test
    void aBookingRemovesOverlappingStartsIncludingTheTravelBuffer() throws SQLException {
        LocalDate day = today().plusDays(5);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                WorkerBookingConstraintTest.INSERT)) {
            WorkerBookingConstraintTest.insert(ps, world.two().a().tenant().id(), world.w1(),
                    day + "T12:00+08:00", day + "T14:00+08:00", true);
        }
        Map<String, Integer> counts = counts(slots(world.two().a().tenant().slug(), params(world.item(), day, day))
                .statusCode(200));
        assertEquals(2, counts.get(day + "T09:30")); // ends 11:30, where the buffer starts
        for (String t : List.of("10:00", "11:00", "12:00", "13:00", "14:00")) {
            assertEquals(1, counts.get(day + "T" + t), t);
        }
        assertEquals(2, counts.get(day + "T14:30"));

        Map<String, Object> chosen = params(world.item(), day, day);
        chosen.put("workerId", world.w1().toString());
        ValidatableResponse mine = slots(world.two().a().tenant().slug(), chosen).statusCode(200)
                .body("workerId", equalTo(world.w1().toString())).body("slots", hasSize(21 - 9));
        assertFalse(counts(mine).containsKey(day + "T12:00"));
    }

    @Test
    void aWorkerOutsideTheirRadiusIsNotCounted() {
        LocalDate day = today().plusDays(3);
        Map<String, Object> edge = params(world.item(), day, day);
        edge.put("lat", LAT + 0.10); // ~11.1 km from w1 (radius 10), ~8.9 km from w2
        Map<String, Integer> counts = counts(slots(world.two().a().tenant().slug(), edge).statusCode(200));
        assertTrue(!counts.isEmpty() && counts.values().stream().allMatch(c -> c == 1), counts.toString());
        Map<String, Object> shanghai = params(world.item(), day, day);
        shanghai.put("lat", 31.2304);
        shanghai.put("lng", 121.4737);
        slots(world.two().a().tenant().slug(), shanghai).statusCode(200).body("slots", hasSize(0));
    }

    @Test
    void minimumNoticeAndTheFourteenDayLimit() {
        LocalDate today = today();
        List<String> starts = slots(world.two().a().tenant().slug(), params(world.item(), today, today.plusDays(1)))
                .statusCode(200).extract().path("slots.start");
        Instant earliest = Instant.now().plusSeconds(120 * 60 - 60);
        assertTrue(starts.stream().allMatch(s -> OffsetDateTime.parse(s).toInstant().isAfter(earliest)));
        slots(world.two().a().tenant().slug(), params(world.item(), today, today.plusDays(13))).statusCode(200)
                .body("slots", not(hasSize(0)));
        slots(world.two().a().tenant().slug(), params(world.item(), today, today.plusDays(14))).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("slot-range-too-long"));
        // Beyond maxDaysAhead (14): nothing offered.
        slots(world.two().a().tenant().slug(), params(world.item(), today.plusDays(15), today.plusDays(16)))
                .statusCode(200).body("slots", hasSize(0));
    }

    @Test
    void anotherTenantsItemOrWorkerIsNotFound() {
        LocalDate day = today().plusDays(3);
        String slugA = world.two().a().tenant().slug();
        slots(slugA, params(world.itemB(), day, day)).statusCode(404).contentType("application/problem+json");
        Map<String, Object> chosen = params(world.item(), day, day);
        chosen.put("workerId", world.wB().toString());
        slots(slugA, chosen).statusCode(404);
        // Tenant B's own item works with B's header.
        slots(world.two().b().tenant().slug(), params(world.itemB(), day, day)).statusCode(200)
                .body("slots", hasSize(21));
    }

    @Test
    void badInputIsAProblem() {
        LocalDate day = today().plusDays(3);
        String slugA = world.two().a().tenant().slug();
        slots(slugA, params(UUID.randomUUID(), day, day)).statusCode(404).body("code", equalTo("not-found"));
        Map<String, Object> badDate = params(world.item(), day, day);
        badDate.put("from", "2026-13-01");
        slots(slugA, badDate).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("slot-bad-parameter"));
        Map<String, Object> noItem = params(world.item(), day, day);
        noItem.put("itemId", "nope");
        slots(slugA, noItem).statusCode(400);
        slots(slugA, params(world.item(), day, day.minusDays(1))).statusCode(422)
                .body("code", equalTo("slot-range-reversed"));
        Map<String, Object> badLat = params(world.item(), day, day);
        badLat.put("lat", 95);
        slots(slugA, badLat).statusCode(422).body("code", equalTo("slot-coordinates"));
        Map<String, Object> zero = params(world.item(), day, day);
        zero.put("quantity", 0);
        slots(slugA, zero).statusCode(422).body("code", equalTo("slot-quantity-range"));
        given().queryParams(params(world.item(), day, day)).when().get("/api/app/slots").then().statusCode(400);
    }
}
