package io.hearth.platform.pricing;

import static io.hearth.platform.pricing.PricingFixtures.HOLIDAYS;
import static io.hearth.platform.pricing.PricingFixtures.LAT;
import static io.hearth.platform.pricing.PricingFixtures.LNG;
import static io.hearth.platform.pricing.PricingFixtures.QUOTES;
import static io.hearth.platform.pricing.PricingFixtures.SHANGHAI;
import static io.hearth.platform.pricing.PricingFixtures.address;
import static io.hearth.platform.pricing.PricingFixtures.as;
import static io.hearth.platform.pricing.PricingFixtures.next;
import static io.hearth.platform.pricing.PricingFixtures.pkg;
import static io.hearth.platform.pricing.PricingFixtures.postQuote;
import static io.hearth.platform.pricing.PricingFixtures.putRules;
import static io.hearth.platform.pricing.PricingFixtures.quote;
import static io.hearth.platform.pricing.PricingFixtures.quotes;
import static io.hearth.platform.pricing.PricingFixtures.startOf;
import static io.hearth.platform.pricing.PricingFixtures.weekday;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quotes through the customer API, with rules set through the staff API. One world for the class: tenant A with
 * two items (5 000 fen an hour, 2 hours by default), a package of both (180 min, 29 900 fen), worker w1 (both
 * skills, level "senior") and w2 (first item only), both 08:00–20:00 every day; tenant B with its own item, worker,
 * customer and address. Each test sets the rules it needs first.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class QuoteResourceTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    record World(TwoTenants two, UUID item, UUID item2, UUID pkg, UUID w1, UUID w2, UUID address, UUID itemB,
            UUID pkgB, UUID wB, UUID addressB) {
    }

    static World world;

    @BeforeEach
    void setUp() {
        if (world != null) {
            return;
        }
        TwoTenants two = TwoTenants.create(sms);
        String ownerA = two.a().ownerToken();
        UUID item = catalog.add(two.a().tenant().id());
        UUID item2 = catalog.add(two.a().tenant().id());
        UUID w1 = WorkerFixtures.approvedWorker(ownerA, two.a().worker(), List.of(item, item2), LAT, LNG, "08:00", "20:00");
        UUID w2 = WorkerFixtures.approvedWorker(ownerA, AppUsers.worker(sms, two.a().tenant().slug()), List.of(item),
                LAT + 0.01, LNG, "08:00", "20:00");
        String level = as(ownerA).body(Map.of("code", "senior", "name", "Senior", "sortOrder", 1))
                .when().post("/api/tenant/worker-levels").then().statusCode(201).extract().path("id");
        as(ownerA).body(Map.of("levelId", level)).when().put("/api/tenant/workers/" + w1 + "/level").then().statusCode(200);
        UUID pkg = pkg(ownerA, "deep-" + item.toString().substring(0, 6), 180, 29_900, List.of(item, item2));

        String ownerB = two.b().ownerToken();
        UUID itemB = catalog.add(two.b().tenant().id());
        UUID wB = WorkerFixtures.approvedWorker(ownerB, two.b().worker(), List.of(itemB), LAT, LNG, "08:00", "20:00");
        UUID pkgB = pkg(ownerB, "b-" + itemB.toString().substring(0, 6), 120, 10_000, List.of(itemB));
        world = new World(two, item, item2, pkg, w1, w2, address(two.a().customer()), itemB, pkgB, wB,
                address(two.b().customer()));
    }

    String ownerA() {
        return world.two().a().ownerToken();
    }

    AppUsers.Session customerA() {
        return world.two().a().customer();
    }

    UUID tenantA() {
        return world.two().a().tenant().id();
    }

    static long amount(JsonPath q, String kind) {
        List<Map<String, Object>> lines = q.getList("lines");
        return lines.stream().filter(l -> kind.equals(l.get("kind"))).mapToLong(l -> ((Number) l.get("amountFen")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError(kind + " in " + lines));
    }

    // --- happy paths ---------------------------------------------------------------------------------------------

    @Test
    void aQuoteForAnItemAtAFreeStartIsStoredAndCanBeReadAgain() throws SQLException {
        putRules(ownerA(), Map.of()).statusCode(200);
        LocalDate day = weekday(3);
        Instant before = Instant.now();
        var created = postQuote(customerA(), quote(world.item(), world.address(), day, "10:00")).statusCode(201)
                .contentType("application/json").extract();
        JsonPath q = created.jsonPath();
        assertTrue(created.header("Location").endsWith("/api/app/quotes/" + q.getString("id")));
        assertEquals(world.item().toString(), q.getString("itemId"));
        assertEquals("Asia/Shanghai", q.getString("zone"));
        assertEquals(startOf(day, "10:00"), q.getString("start"));
        assertEquals(startOf(day, "12:00"), q.getString("end"));
        assertEquals(120, q.getInt("durationMinutes"));
        assertEquals("BASE", q.getString("lines[0].kind"));
        assertEquals(world.item().toString(), q.getString("lines[0].code"));
        assertEquals(5_000, q.getLong("lines[0].unitFen"));
        assertEquals(1, q.getList("lines").size());
        assertEquals(5_000, q.getLong("subtotalFen"));
        assertEquals(0, q.getLong("discountFen"));
        assertEquals(5_000, q.getLong("totalFen"));
        assertEquals("330100", q.getString("cityCode"));
        Instant expires = Instant.parse(q.getString("expiresAt"));
        assertTrue(!expires.isBefore(before.plus(Duration.ofMinutes(15)))
                && !expires.isAfter(Instant.now().plus(Duration.ofMinutes(15))), expires.toString());

        as(customerA().accessToken()).when().get(QUOTES + "/" + q.getString("id")).then().statusCode(200)
                .body("id", equalTo(q.getString("id"))).body("totalFen", equalTo(5_000))
                .body("start", equalTo(startOf(day, "10:00"))).body("orderId", nullValue());

        // PER_HOUR × 2: twice the price and the time. A start given as a UTC instant is the same start.
        Map<String, Object> two = quote(world.item(), world.address(), day, "10:00");
        two.put("quantity", 2);
        two.put("start", OffsetDateTime.parse(startOf(day, "10:00")).toInstant().toString());
        postQuote(customerA(), two).statusCode(201).body("totalFen", equalTo(10_000)).body("durationMinutes", equalTo(240))
                .body("end", equalTo(startOf(day, "14:00"))).body("start", equalTo(startOf(day, "10:00")));

        // The quote validity comes from the rules.
        putRules(ownerA(), Map.of("quoteValidityMinutes", 60)).statusCode(200);
        String expiresAt = postQuote(customerA(), quote(world.item(), world.address(), day, "10:30")).statusCode(201)
                .extract().path("expiresAt");
        assertTrue(Instant.parse(expiresAt).isAfter(Instant.now().plus(Duration.ofMinutes(59))));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select time_zone, rules_version from quote where tenant_id = ? and id = ?")) {
            ps.setObject(1, tenantA());
            ps.setObject(2, UUID.fromString(q.getString("id")));
            var rs = ps.executeQuery();
            assertTrue(rs.next());
            assertEquals("Asia/Shanghai", rs.getString(1));
            assertTrue(rs.getInt(2) > 0);
        }
    }

    @Test
    void aPackageIsPricedAsAWholeAndNeedsAWorkerWithEverySkill() {
        putRules(ownerA(), Map.of()).statusCode(200);
        LocalDate day = weekday(4);
        Map<String, Object> body = quote(world.item(), world.address(), day, "09:00");
        body.remove("itemId");
        body.put("packageId", world.pkg().toString());
        postQuote(customerA(), body).statusCode(201).body("packageId", equalTo(world.pkg().toString()))
                .body("itemId", nullValue()).body("durationMinutes", equalTo(180))
                .body("end", equalTo(startOf(day, "12:00")))
                .body("lines", hasSize(1)).body("lines[0].kind", equalTo("PACKAGE"))
                .body("lines[0].unitFen", equalTo(29_900)).body("totalFen", equalTo(29_900));
        body.put("workerId", world.w1().toString());
        postQuote(customerA(), body).statusCode(201).body("workerId", equalTo(world.w1().toString()));
        // w2 lacks the second item's skill.
        body.put("workerId", world.w2().toString());
        postQuote(customerA(), body).statusCode(409).body("code", equalTo("slot-unavailable"));
        // Two packages: twice the time and the price.
        body.put("workerId", world.w1().toString());
        body.put("quantity", 2);
        postQuote(customerA(), body).statusCode(201).body("durationMinutes", equalTo(360)).body("totalFen", equalTo(59_800));
    }

    @Test
    void surchargesAndTheMemberDiscountConfiguredByTheTenantShowAsLines() throws SQLException {
        Map<String, Object> rules = new HashMap<>();
        rules.put("weekendSurchargeBp", 2_000);
        rules.put("nightSurcharge", Map.of("startMinute", 19 * 60, "endMinute", 6 * 60, "bp", 3_000));
        rules.put("workerLevelSurcharges", Map.of("senior", Map.of("fixedFen", 1_500)));
        rules.put("areaSurcharges", List.of(Map.of("cityCode", "330100", "district", "Xihu", "bp", 500)));
        rules.put("memberLevelDiscountsBp", Map.of("gold", 1_000));
        putRules(ownerA(), rules).statusCode(200);
        AppUsers.Session gold = AppUsers.customer(sms, world.two().a().tenant().slug());
        PricingFixtures.setMemberLevel(dataSource, tenantA(), gold.subjectId(), "gold");
        UUID xihu = address(gold);
        UUID binjiang = address(gold, "330100", "Binjiang");

        LocalDate saturday = next(DayOfWeek.SATURDAY, 2);
        Map<String, Object> body = quote(world.item(), xihu, saturday, "18:00");
        body.put("workerId", world.w1().toString());
        JsonPath q = postQuote(gold, body).statusCode(201)
                .body("lines.kind", contains("BASE", "WEEKEND", "NIGHT", "WORKER_LEVEL", "AREA", "MEMBER_LEVEL"))
                .extract().jsonPath();
        assertEquals(1_000, amount(q, "WEEKEND"));
        assertEquals(1_500, amount(q, "NIGHT"));
        assertEquals(1_500, amount(q, "WORKER_LEVEL"));
        assertEquals(250, amount(q, "AREA"));
        assertEquals(9_250, q.getLong("subtotalFen"));
        assertEquals(-925, amount(q, "MEMBER_LEVEL"));
        assertEquals(925, q.getLong("discountFen"));
        assertEquals(8_325, q.getLong("totalFen"));

        // Any worker: no level surcharge.
        body.remove("workerId");
        postQuote(gold, body).statusCode(201)
                .body("lines.kind", contains("BASE", "WEEKEND", "NIGHT", "AREA", "MEMBER_LEVEL"))
                .body("subtotalFen", equalTo(7_750)).body("totalFen", equalTo(6_975));
        // A weekday morning in another district: only the member discount.
        postQuote(gold, quote(world.item(), binjiang, weekday(3), "10:00")).statusCode(201)
                .body("lines.kind", contains("BASE", "MEMBER_LEVEL")).body("totalFen", equalTo(4_500));
        // A customer without a level pays the surcharges in full.
        postQuote(customerA(), quote(world.item(), world.address(), saturday, "10:00")).statusCode(201)
                .body("lines.kind", contains("BASE", "WEEKEND", "AREA")).body("totalFen", equalTo(6_250));
    }

    @Test
    void aHolidayFromTheCalendarIsChargedAndWinsOverTheWeekend() {
        putRules(ownerA(), Map.of("holidaySurchargeBp", 5_000, "weekendSurchargeBp", 2_000)).statusCode(200);
        LocalDate weekday = weekday(3);
        LocalDate saturday = next(DayOfWeek.SATURDAY, 2);
        try {
            as(ownerA()).body(Map.of("name", "Test holiday")).when().put(HOLIDAYS + "/" + weekday).then().statusCode(200);
            as(ownerA()).body(Map.of("name", "Weekend holiday")).when().put(HOLIDAYS + "/" + saturday).then().statusCode(200);
            postQuote(customerA(), quote(world.item(), world.address(), weekday, "10:00")).statusCode(201)
                    .body("lines.kind", contains("BASE", "HOLIDAY")).body("lines[1].code", equalTo(weekday.toString()))
                    .body("lines[1].rateBp", equalTo(5_000)).body("totalFen", equalTo(7_500));
            postQuote(customerA(), quote(world.item(), world.address(), saturday, "10:00")).statusCode(201)
                    .body("lines.kind", contains("BASE", "HOLIDAY")).body("totalFen", equalTo(7_500));
            as(ownerA()).when().delete(HOLIDAYS + "/" + saturday).then().statusCode(204);
            postQuote(customerA(), quote(world.item(), world.address(), saturday, "10:00")).statusCode(201)
                    .body("lines.kind", contains("BASE", "WEEKEND")).body("totalFen", equalTo(6_000));
            // Another tenant's holiday on the same date changes nothing for tenant B's customers.
            postQuote(world.two().b().customer(), quote(world.itemB(), world.addressB(), weekday, "10:00")).statusCode(201)
                    .body("lines.kind", contains("BASE"));
        } finally {
            as(ownerA()).when().delete(HOLIDAYS + "/" + weekday);
            as(ownerA()).when().delete(HOLIDAYS + "/" + saturday);
        }
    }

    @Test
    void pointsAreCappedByTheBalanceAndTheTenantsShareAndOnlyPromisedByAQuote() throws SQLException {
        putRules(ownerA(), Map.of("points", Map.of("fenPerPoint", 1, "maxDiscountBp", 5_000))).statusCode(200);
        AppUsers.Session c = AppUsers.customer(sms, world.two().a().tenant().slug());
        UUID at = address(c);
        PricingFixtures.grantPoints(dataSource, tenantA(), c.subjectId(), 3_000);
        LocalDate day = weekday(5);
        Map<String, Object> body = quote(world.item(), at, day, "14:00");
        body.put("points", 10_000);
        postQuote(c, body).statusCode(201).body("pointsUsed", equalTo(2_500))
                .body("lines.kind", contains("BASE", "POINTS")).body("lines[1].quantity", equalTo(2_500))
                .body("lines[1].unitFen", equalTo(1)).body("lines[1].amountFen", equalTo(-2_500))
                .body("totalFen", equalTo(2_500));
        body.put("quantity", 2);
        postQuote(c, body).statusCode(201).body("pointsUsed", equalTo(3_000)).body("totalFen", equalTo(7_000));
        body.put("points", 700);
        postQuote(c, body).statusCode(201).body("pointsUsed", equalTo(700));
        // Quoting spends nothing.
        as(c.accessToken()).when().get("/api/app/me/points").then().statusCode(200).body("balance", equalTo(3_000))
                .body("recent", hasSize(1)).body("recent[0].reason", equalTo("TEST_GRANT"));

        // A tenant that does not take points says so.
        putRules(ownerA(), Map.of()).statusCode(200);
        long before = quotes(dataSource, tenantA());
        postQuote(c, body).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("pricing-points-disabled"));
        body.put("points", 0);
        postQuote(c, body).statusCode(201).body("pointsUsed", equalTo(0));
        assertEquals(before + 1, quotes(dataSource, tenantA()));
    }

    @Test
    void aCouponFromTheCouponEngineIsApplied() throws SQLException {
        putRules(ownerA(), Map.of("memberLevelDiscountsBp", Map.of("gold", 2_000))).statusCode(200);
        LocalDate day = weekday(6);
        Map<String, Object> body = quote(world.item(), world.address(), day, "15:00");
        body.put("couponCode", TestCouponEngine.CODE);
        postQuote(customerA(), body).statusCode(201).body("couponCode", equalTo(TestCouponEngine.CODE))
                .body("lines.kind", contains("BASE", "COUPON")).body("lines[1].code", equalTo(TestCouponEngine.CODE))
                .body("lines[1].amountFen", equalTo(-1_000)).body("totalFen", equalTo(4_000));

        // The threshold is checked after the member discount: 5 000 − 20 % = 4 000 < 5 000, so nothing off.
        AppUsers.Session gold = AppUsers.customer(sms, world.two().a().tenant().slug());
        PricingFixtures.setMemberLevel(dataSource, tenantA(), gold.subjectId(), "gold");
        body.put("addressId", address(gold).toString());
        postQuote(gold, body).statusCode(201).body("lines.kind", contains("BASE", "MEMBER_LEVEL"))
                .body("totalFen", equalTo(4_000)).body("couponCode", nullValue()); // not used, so not redeemed later

        long before = quotes(dataSource, tenantA());
        body.put("addressId", world.address().toString());
        body.put("couponCode", "NOPE");
        postQuote(customerA(), body).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("coupon-unknown"));
        body.put("couponCode", "no spaces!");
        postQuote(customerA(), body).statusCode(400).body("errors.field", contains("couponCode"));
        assertEquals(before, quotes(dataSource, tenantA()));
    }

    @Test
    void aServiceStartingTodayInTheTenantsZoneCarriesTheSameDaySurcharge() {
        // Its own tenant: no minimum notice, a 5-minute grid and a worker available day and night.
        Tenants.Created t = Tenants.createCompany();
        Map<String, Object> settings = new HashMap<>();
        settings.put("dispatchMode", "GRAB");
        settings.put("grabWindowSeconds", 60);
        settings.put("unpaidOrderTimeoutMinutes", 30);
        settings.put("slotGridMinutes", 5);
        settings.put("minNoticeMinutes", 0);
        settings.put("maxDaysAhead", 14);
        settings.put("cancellationFeeSteps", List.of());
        as(StaffTokens.superAdmin()).body(settings).when().put("/api/platform/tenants/" + t.id() + "/settings")
                .then().statusCode(200);
        String owner = StaffTokens.staff(t.slug() + "-owner", t.slug(), "owner");
        UUID item = catalog.add(t.id());
        WorkerFixtures.approvedWorker(owner, AppUsers.worker(sms, t.slug()), List.of(item), LAT, LNG, "00:00", "00:00");
        AppUsers.Session customer = AppUsers.customer(sms, t.slug());
        UUID at = address(customer);
        putRules(owner, Map.of("sameDaySurchargeBp", 1_500)).statusCode(200);

        ZonedDateTime soon = ZonedDateTime.now(SHANGHAI).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        soon = soon.plusMinutes((5 - soon.getMinute() % 5) % 5);
        Assumptions.assumeTrue(soon.toLocalDate().equals(PricingFixtures.today()),
                "less than a quarter of an hour left today in Shanghai: no same-day start to quote");
        Map<String, Object> body = quote(item, at, soon.toLocalDate(), soon.toLocalTime().toString());
        postQuote(customer, body).statusCode(201).body("lines.kind", contains("BASE", "SAME_DAY"))
                .body("lines[1].code", equalTo(soon.toLocalDate().toString())).body("lines[1].amountFen", equalTo(750))
                .body("totalFen", equalTo(5_750));
        postQuote(customer, quote(item, at, soon.toLocalDate().plusDays(1), "10:00")).statusCode(201)
                .body("lines.kind", contains("BASE"));
    }

    // --- refusals ------------------------------------------------------------------------------------------------

    @Test
    void badInputIsAProblemAndNothingIsWritten() throws SQLException {
        putRules(ownerA(), Map.of()).statusCode(200);
        LocalDate day = weekday(3);
        UUID disabled = catalog.add(tenantA());
        as(ownerA()).when().post("/api/tenant/catalog/items/" + disabled + "/disable").then().statusCode(200);
        UUID unavailableHere = catalog.add(tenantA());
        cityOverride(unavailableHere, "330100", null, false);
        UUID expired = pkg(ownerA(), "old-" + disabled.toString().substring(0, 6), 60, 1_000, List.of(world.item()));
        as(ownerA()).body(Map.of("code", "old-" + disabled.toString().substring(0, 6), "durationMinutes", 60,
                "priceFen", 1_000, "validUntil", PricingFixtures.today().toString(),
                "items", List.of(Map.of("itemId", world.item().toString(), "quantity", 1)),
                "texts", Map.of("en", Map.of("name", "Old")))).when().put("/api/tenant/catalog/packages/" + expired)
                .then().statusCode(200);
        UUID othersAddress = address(AppUsers.customer(sms, world.two().a().tenant().slug()));
        long before = quotes(dataSource, tenantA());

        record Bad(String what, Map<String, Object> change, int status, String code) {
        }
        Map<String, Object> both = new HashMap<>();
        both.put("packageId", world.pkg().toString());
        Map<String, Object> neither = new HashMap<>();
        neither.put("itemId", null);
        Map<String, Object> noStart = new HashMap<>();
        noStart.put("start", null);
        Map<String, Object> noAddress = new HashMap<>();
        noAddress.put("addressId", null);
        for (Bad bad : List.of(
                new Bad("item and package", both, 422, "booking-one-bookable"),
                new Bad("neither", neither, 422, "booking-one-bookable"),
                new Bad("quantity 0", Map.of("quantity", 0), 400, "validation-failed"),
                new Bad("no start", noStart, 400, "validation-failed"),
                new Bad("start not a time", Map.of("start", "tomorrow at ten"), 400, "validation-failed"),
                new Bad("no address", noAddress, 400, "validation-failed"),
                new Bad("unknown item", Map.of("itemId", UUID.randomUUID().toString()), 404, "not-found"),
                new Bad("disabled item", Map.of("itemId", disabled.toString()), 404, "not-found"),
                new Bad("not offered in the city", Map.of("itemId", unavailableHere.toString()), 422,
                        "booking-unavailable-in-city"),
                new Bad("package out of validity", Map.of("itemId", "", "packageId", expired.toString()), 422,
                        "booking-package-not-valid"),
                new Bad("too many packages", Map.of("itemId", "", "packageId", world.pkg().toString(), "quantity", 11), 422,
                        "slot-quantity-range"),
                new Bad("another customer's address", Map.of("addressId", othersAddress.toString()), 404, "not-found"),
                new Bad("unknown worker", Map.of("workerId", UUID.randomUUID().toString()), 404, "not-found"),
                new Bad("off the grid", Map.of("start", startOf(day, "10:07")), 422, "slot-off-grid"),
                new Bad("seconds", Map.of("start", startOf(day, "10:00:30")), 422, "slot-off-grid"),
                new Bad("outside availability", Map.of("start", startOf(day, "03:00")), 409, "slot-unavailable"),
                new Bad("ends after availability", Map.of("start", startOf(day, "19:00")), 409, "slot-unavailable"),
                new Bad("in the past", Map.of("start", startOf(PricingFixtures.today().minusDays(1), "10:00")), 409,
                        "slot-unavailable"),
                new Bad("too far ahead", Map.of("start", startOf(PricingFixtures.today().plusDays(20), "10:00")), 409,
                        "slot-unavailable"))) {
            Map<String, Object> body = quote(world.item(), world.address(), day, "10:00");
            body.putAll(bad.change());
            if ("".equals(body.get("itemId"))) {
                body.remove("itemId");
            }
            postQuote(customerA(), body).statusCode(bad.status()).contentType("application/problem+json")
                    .body("code", equalTo(bad.code()));
        }
        postQuote(customerA(), Map.of()).statusCode(400).body("errors.field", hasItem("start"));
        as(ownerA()).body(quote(world.item(), world.address(), day, "10:00")).when().post(QUOTES).then().statusCode(403);
        assertEquals(before, quotes(dataSource, tenantA()));
    }

    @Test
    void aBookedWorkerCannotBeQuotedButAnotherFreeWorkerCan() throws SQLException {
        putRules(ownerA(), Map.of()).statusCode(200);
        LocalDate day = weekday(7);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into worker_booking (tenant_id, id, worker_id, during, active)"
                        + " values (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz), true)")) {
            ps.setObject(1, tenantA());
            ps.setObject(2, UUID.randomUUID());
            ps.setObject(3, world.w1());
            ps.setString(4, startOf(day, "10:00"));
            ps.setString(5, startOf(day, "12:00"));
            ps.executeUpdate();
        }
        long before = quotes(dataSource, tenantA());
        Map<String, Object> body = quote(world.item(), world.address(), day, "11:00");
        body.put("workerId", world.w1().toString());
        postQuote(customerA(), body).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("slot-unavailable"));
        Map<String, Object> pkgBody = new HashMap<>(body);
        pkgBody.remove("itemId");
        pkgBody.remove("workerId");
        pkgBody.put("packageId", world.pkg().toString());
        postQuote(customerA(), pkgBody).statusCode(409); // only w1 can do the package
        assertEquals(before, quotes(dataSource, tenantA()));
        body.remove("workerId");
        postQuote(customerA(), body).statusCode(201).body("workerId", nullValue()); // w2 is free
        body.put("start", startOf(day, "14:30")); // after the booking and its 30-minute buffer
        body.put("workerId", world.w1().toString());
        postQuote(customerA(), body).statusCode(201);
    }

    @Test
    void aCityOperatorsPriceForTheAddressCityIsUsed() throws SQLException {
        putRules(ownerA(), Map.of()).statusCode(200);
        cityOverride(world.item2(), "330100", 8_800L, true);
        Map<String, Object> body = quote(world.item2(), world.address(), weekday(3), "08:00");
        body.put("workerId", world.w1().toString());
        postQuote(customerA(), body).statusCode(201).body("lines[0].unitFen", equalTo(8_800)).body("totalFen", equalTo(8_800));
        // Another city keeps the base price.
        UUID inShanghai = address(customerA(), "310100", "Xuhui");
        body.put("addressId", inShanghai.toString());
        postQuote(customerA(), body).statusCode(201).body("lines[0].unitFen", equalTo(5_000));
    }

    @Test
    void anotherTenantsItemsPackagesWorkersAddressesAndQuotesAreNotFound() throws SQLException {
        putRules(ownerA(), Map.of()).statusCode(200);
        LocalDate day = weekday(3);
        AppUsers.Session a = customerA();
        AppUsers.Session b = world.two().b().customer();
        long beforeA = quotes(dataSource, tenantA());
        postQuote(a, quote(world.itemB(), world.address(), day, "10:00")).statusCode(404).body("code", equalTo("not-found"));
        Map<String, Object> pkgB = quote(world.item(), world.address(), day, "10:00");
        pkgB.remove("itemId");
        pkgB.put("packageId", world.pkgB().toString());
        postQuote(a, pkgB).statusCode(404);
        Map<String, Object> workerB = quote(world.item(), world.address(), day, "10:00");
        workerB.put("workerId", world.wB().toString());
        postQuote(a, workerB).statusCode(404);
        postQuote(a, quote(world.item(), world.addressB(), day, "10:00")).statusCode(404);
        assertEquals(beforeA, quotes(dataSource, tenantA()));

        String quoteB = postQuote(b, quote(world.itemB(), world.addressB(), day, "10:00")).statusCode(201)
                .extract().path("id");
        String quoteA = postQuote(a, quote(world.item(), world.address(), day, "10:00")).statusCode(201)
                .extract().path("id");
        as(a.accessToken()).when().get(QUOTES + "/" + quoteB).then().statusCode(404).contentType("application/problem+json");
        as(b.accessToken()).when().get(QUOTES + "/" + quoteA).then().statusCode(404);
        as(b.accessToken()).when().get(QUOTES + "/" + quoteB).then().statusCode(200);
        // Another customer of the same tenant does not see it either.
        AppUsers.Session other = AppUsers.customer(sms, world.two().a().tenant().slug());
        as(other.accessToken()).when().get(QUOTES + "/" + quoteA).then().statusCode(404);
        as(a.accessToken()).when().get(QUOTES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    private void cityOverride(UUID itemId, String city, Long priceFen, boolean available) throws SQLException {
        // Overrides are set by city operators through /api/operator/catalog; written directly for this company tenant.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into city_item_override (tenant_id, id, item_id, city_code, price_fen, available, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, item_id, city_code) do update"
                        + " set price_fen = excluded.price_fen, available = excluded.available")) {
            ps.setObject(1, tenantA());
            ps.setObject(2, UUID.randomUUID());
            ps.setObject(3, itemId);
            ps.setString(4, city);
            ps.setObject(5, priceFen);
            ps.setBoolean(6, available);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }
}
