package io.hearth.platform.booking;

import static io.hearth.platform.booking.SlotSearchTest.LAT;
import static io.hearth.platform.booking.SlotSearchTest.LNG;
import static io.hearth.platform.booking.SlotSearchTest.counts;
import static io.hearth.platform.booking.SlotSearchTest.params;
import static io.hearth.platform.booking.SlotSearchTest.slots;
import static io.hearth.platform.booking.SlotSearchTest.today;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slot search for a package: its own duration, and only workers with the skills of all its items. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SlotSearchPackageTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    record World(TwoTenants two, UUID i1, UUID i2, UUID pkg, UUID w1, UUID w2, UUID pkgB) {
    }

    static World world;

    @BeforeEach
    void setUp() {
        if (world != null) {
            return;
        }
        TwoTenants two = TwoTenants.create(sms);
        String owner = two.a().ownerToken();
        UUID i1 = catalog.add(two.a().tenant().id());
        UUID i2 = catalog.add(two.a().tenant().id());
        UUID w1 = WorkerFixtures.approvedWorker(owner, two.a().worker(), List.of(i1, i2), LAT, LNG, "08:00", "20:00");
        UUID w2 = WorkerFixtures.approvedWorker(owner, AppUsers.worker(sms, two.a().tenant().slug()), List.of(i1), LAT, LNG,
                "08:00", "20:00");
        UUID pkg = createPackage(owner, "both-" + i1.toString().substring(0, 6), List.of(i1, i2));
        UUID iB = catalog.add(two.b().tenant().id());
        UUID pkgB = createPackage(two.b().ownerToken(), "b-" + iB.toString().substring(0, 6), List.of(iB));
        world = new World(two, i1, i2, pkg, w1, w2, pkgB);
    }

    static UUID createPackage(String owner, String code, List<UUID> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("durationMinutes", 180);
        body.put("priceFen", 29_900);
        body.put("items", items.stream().map(i -> Map.of("itemId", i.toString(), "quantity", 1)).toList());
        body.put("texts", Map.of("en", Map.of("name", "Deep clean")));
        return UUID.fromString(as(owner).body(body).when().post("/api/tenant/catalog/packages").then().statusCode(201)
                .extract().path("id"));
    }

    static Map<String, Object> packageParams(UUID pkg, LocalDate day) {
        Map<String, Object> p = params(UUID.randomUUID(), day, day);
        p.remove("itemId");
        p.put("packageId", pkg.toString());
        return p;
    }

    String slugA() {
        return world.two().a().tenant().slug();
    }

    @Test
    void onlyWorkersWithEveryIncludedSkillAreCountedForThePackagesDuration() {
        LocalDate day = today().plusDays(3);
        Map<String, Integer> pkg = counts(slots(slugA(), packageParams(world.pkg(), day)).statusCode(200)
                .body("durationMinutes", equalTo(180)).body("slots", hasSize(19))); // 08:00 … 17:00
        assertTrue(pkg.values().stream().allMatch(c -> c == 1), pkg.toString());
        assertEquals(1, pkg.get(day + "T17:00"));
        // The first item alone: both workers.
        Map<String, Integer> item = counts(slots(slugA(), params(world.i1(), day, day)).statusCode(200));
        assertTrue(item.values().stream().allMatch(c -> c == 2), item.toString());

        Map<String, Object> two = packageParams(world.pkg(), day);
        two.put("quantity", 2);
        slots(slugA(), two).statusCode(200).body("durationMinutes", equalTo(360)).body("slots", hasSize(13));

        Map<String, Object> withW1 = packageParams(world.pkg(), day);
        withW1.put("workerId", world.w1().toString());
        slots(slugA(), withW1).statusCode(200).body("slots", hasSize(19));
        Map<String, Object> withW2 = packageParams(world.pkg(), day);
        withW2.put("workerId", world.w2().toString());
        slots(slugA(), withW2).statusCode(200).body("slots", hasSize(0));
    }

    @Test
    void badPackageRequestsAreProblems() {
        LocalDate day = today().plusDays(3);
        Map<String, Object> both = params(world.i1(), day, day);
        both.put("packageId", world.pkg().toString());
        slots(slugA(), both).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("booking-one-bookable"));
        Map<String, Object> neither = params(world.i1(), day, day);
        neither.remove("itemId");
        slots(slugA(), neither).statusCode(422).body("code", equalTo("booking-one-bookable"));
        Map<String, Object> malformed = packageParams(world.pkg(), day);
        malformed.put("packageId", "nope");
        slots(slugA(), malformed).statusCode(400).body("code", equalTo("slot-bad-parameter"));
        Map<String, Object> tooMany = packageParams(world.pkg(), day);
        tooMany.put("quantity", Bookables.MAX_PACKAGE_QUANTITY + 1);
        slots(slugA(), tooMany).statusCode(422).body("code", equalTo("slot-quantity-range"));
        // Another tenant's package, an unknown one, and a disabled one are not found.
        slots(slugA(), packageParams(world.pkgB(), day)).statusCode(404).body("code", equalTo("not-found"));
        slots(slugA(), packageParams(UUID.randomUUID(), day)).statusCode(404);
        UUID disabled = createPackage(world.two().a().ownerToken(), "off-" + UUID.randomUUID().toString().substring(0, 6),
                List.of(world.i1()));
        as(world.two().a().ownerToken()).when().post("/api/tenant/catalog/packages/" + disabled + "/disable").then()
                .statusCode(200);
        slots(slugA(), packageParams(disabled, day)).statusCode(404);
        slots(world.two().b().tenant().slug(), packageParams(world.pkgB(), day)).statusCode(200);
    }
}
