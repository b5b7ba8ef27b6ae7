package io.hearth.platform.pricing;

import static io.hearth.platform.pricing.PricingFixtures.HOLIDAYS;
import static io.hearth.platform.pricing.PricingFixtures.RULES;
import static io.hearth.platform.pricing.PricingFixtures.as;
import static io.hearth.platform.pricing.PricingFixtures.count;
import static io.hearth.platform.pricing.PricingFixtures.putRules;
import static io.hearth.platform.pricing.PricingFixtures.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PricingRulesResourceTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> fullRules() {
        Map<String, Object> r = new HashMap<>();
        r.put("holidaySurchargeBp", 5_000);
        r.put("nightSurcharge", Map.of("startMinute", 1320, "endMinute", 360, "bp", 2_000));
        r.put("weekendSurchargeBp", 1_000);
        r.put("sameDaySurchargeBp", 1_500);
        r.put("workerLevelSurcharges", Map.of("senior", Map.of("bp", 1_000), "gold", Map.of("fixedFen", 3_000)));
        r.put("areaSurcharges", List.of(Map.of("cityCode", "330100", "fixedFen", 500),
                Map.of("cityCode", "330100", "district", "Xihu", "bp", 300)));
        r.put("memberLevelDiscountsBp", Map.of("gold", 1_000));
        r.put("points", Map.of("fenPerPoint", 1, "maxDiscountBp", 5_000));
        r.put("quoteValidityMinutes", 20);
        return r;
    }

    @Test
    void withoutRulesTheDefaultsChargeNothingOwnersAndCatalogManagersReplaceThemFrontOfficeReads() {
        TwoTenants two = TwoTenants.create(sms);
        String owner = two.a().ownerToken();
        as(owner).when().get(RULES).then().statusCode(200)
                .body("version", equalTo(0)).body("updatedAt", nullValue())
                .body("rules.holidaySurchargeBp", equalTo(0)).body("rules.nightSurcharge", nullValue())
                .body("rules.workerLevelSurcharges.size()", equalTo(0)).body("rules.points", nullValue())
                .body("rules.quoteValidityMinutes", equalTo(15));

        putRules(owner, fullRules()).statusCode(200).body("version", equalTo(1)).body("updatedAt", notNullValue())
                .body("rules.nightSurcharge.startMinute", equalTo(1320))
                .body("rules.workerLevelSurcharges.gold.fixedFen", equalTo(3_000))
                .body("rules.areaSurcharges[1].district", equalTo("Xihu"))
                .body("rules.points.maxDiscountBp", equalTo(5_000))
                .body("rules.quoteValidityMinutes", equalTo(20));
        String catalogManager = staff(two.a().tenant(), "catalog-manager");
        putRules(catalogManager, Map.of("weekendSurchargeBp", 800)).statusCode(200).body("version", equalTo(2))
                .body("rules.holidaySurchargeBp", equalTo(0)).body("rules.weekendSurchargeBp", equalTo(800))
                .body("rules.quoteValidityMinutes", equalTo(15));
        putRules(catalogManager, fullRules()).statusCode(200).body("version", equalTo(3));

        for (String reader : List.of(two.a().dispatcherToken(), staff(two.a().tenant(), "customer-service"))) {
            as(reader).when().get(RULES).then().statusCode(200).body("version", equalTo(3))
                    .body("rules.memberLevelDiscountsBp.gold", equalTo(1_000));
            putRules(reader, Map.of()).statusCode(403).contentType("application/problem+json");
        }
        as(staff(two.a().tenant(), "finance")).when().get(RULES).then().statusCode(403);
        as(two.a().customer().accessToken()).when().get(RULES).then().statusCode(403);

        // Tenant B's rules are its own.
        as(two.b().ownerToken()).when().get(RULES).then().statusCode(200).body("version", equalTo(0))
                .body("rules.holidaySurchargeBp", equalTo(0));
    }

    @Test
    void invalidRulesAreRefusedFieldByFieldAndNothingChanges() throws Exception {
        TwoTenants two = TwoTenants.create(sms);
        String owner = two.a().ownerToken();
        putRules(owner, fullRules()).statusCode(200).body("version", equalTo(1));

        Map<String, Object> negative = fullRules();
        negative.put("holidaySurchargeBp", -1);
        negative.put("quoteValidityMinutes", 0);
        putRules(owner, negative).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("holidaySurchargeBp"))
                .body("errors.field", hasItem("quoteValidityMinutes"));

        Map<String, Object> both = fullRules();
        both.put("workerLevelSurcharges", Map.of("senior", Map.of("bp", 100, "fixedFen", 100)));
        putRules(owner, both).statusCode(400).body("errors.field", hasItem("workerLevelSurcharges[senior].exactlyOne"));

        Map<String, Object> emptyNight = fullRules();
        emptyNight.put("nightSurcharge", Map.of("startMinute", 0, "endMinute", 1440, "bp", 100));
        putRules(owner, emptyNight).statusCode(400).body("errors.field", hasItem("nightSurcharge.notEmpty"));

        Map<String, Object> badArea = fullRules();
        badArea.put("areaSurcharges", List.of(Map.of("cityCode", "hangzhou", "bp", 100)));
        putRules(owner, badArea).statusCode(400).body("errors.field", hasItem("areaSurcharges[0].cityCode"));

        Map<String, Object> memberOverFull = fullRules();
        memberOverFull.put("memberLevelDiscountsBp", Map.of("gold", 10_001));
        putRules(owner, memberOverFull).statusCode(400).body("errors", hasSize(1));

        Map<String, Object> duplicateArea = fullRules();
        duplicateArea.put("areaSurcharges", List.of(Map.of("cityCode", "330100", "bp", 100),
                Map.of("cityCode", "310100", "bp", 100), Map.of("cityCode", "330100", "fixedFen", 200)));
        putRules(owner, duplicateArea).statusCode(422).body("code", equalTo("pricing-area-duplicate"))
                .body("errors.field", contains("areaSurcharges[2]"));

        Map<String, Object> wrongType = fullRules();
        wrongType.put("weekendSurchargeBp", "lots");
        putRules(owner, wrongType).statusCode(400).body("errors.field", contains("weekendSurchargeBp"));

        as(owner).when().get(RULES).then().statusCode(200).body("version", equalTo(1))
                .body("rules.holidaySurchargeBp", equalTo(5_000))
                .body("rules.areaSurcharges", hasSize(2));
        assertEquals(1, count(dataSource, "select version from pricing_rules where tenant_id = ?", two.a().tenant().id()));
    }

    @Test
    void theHolidayCalendarPerYearWithRoleAndTenantIsolation() throws Exception {
        TwoTenants two = TwoTenants.create(sms);
        String owner = two.a().ownerToken();
        as(owner).body(Map.of("name", "National Day")).when().put(HOLIDAYS + "/2030-10-01").then().statusCode(200)
                .body("date", equalTo("2030-10-01")).body("name", equalTo("National Day"));
        as(owner).body(Map.of("name", "  Labour Day ")).when().put(HOLIDAYS + "/2030-05-01").then().statusCode(200)
                .body("name", equalTo("Labour Day"));
        as(owner).body(Map.of("name", "New Year")).when().put(HOLIDAYS + "/2031-01-01").then().statusCode(200);
        String catalogManager = staff(two.a().tenant(), "catalog-manager");
        as(catalogManager).body(Map.of("name", "国庆节")).when().put(HOLIDAYS + "/2030-10-01").then().statusCode(200)
                .body("name", equalTo("国庆节"));

        as(two.a().dispatcherToken()).queryParam("year", 2030).when().get(HOLIDAYS).then().statusCode(200)
                .body("date", contains("2030-05-01", "2030-10-01")).body("name", contains("Labour Day", "国庆节"));
        as(staff(two.a().tenant(), "customer-service")).queryParam("year", "2031").when().get(HOLIDAYS).then()
                .statusCode(200).body("date", contains("2031-01-01"));
        as(owner).when().get(HOLIDAYS).then().statusCode(200); // this year

        // Dispatchers read, they do not write.
        as(two.a().dispatcherToken()).body(Map.of("name", "Mine")).when().put(HOLIDAYS + "/2030-06-01").then()
                .statusCode(403);
        as(two.a().dispatcherToken()).when().delete(HOLIDAYS + "/2030-10-01").then().statusCode(403);
        as(two.a().customer().accessToken()).queryParam("year", 2030).when().get(HOLIDAYS).then().statusCode(403);

        // Tenant B sees none of A's holidays and cannot delete them.
        as(two.b().ownerToken()).queryParam("year", 2030).when().get(HOLIDAYS).then().statusCode(200).body("", hasSize(0));
        as(two.b().ownerToken()).when().delete(HOLIDAYS + "/2030-10-01").then().statusCode(404)
                .contentType("application/problem+json");
        as(two.b().ownerToken()).body(Map.of("name", "B's own")).when().put(HOLIDAYS + "/2030-10-01").then().statusCode(200);
        as(owner).queryParam("year", 2030).when().get(HOLIDAYS).then().body("name", contains("Labour Day", "国庆节"));
        as(owner).body(Map.of("name", "National Day")).when().put(HOLIDAYS + "/2030-10-01").then().statusCode(200);
        as(two.b().ownerToken()).queryParam("year", 2030).when().get(HOLIDAYS).then().body("name", contains("B's own"));

        as(owner).when().delete(HOLIDAYS + "/2030-10-01").then().statusCode(204);
        as(owner).when().delete(HOLIDAYS + "/2030-10-01").then().statusCode(404);
        as(owner).queryParam("year", 2030).when().get(HOLIDAYS).then().body("date", contains("2030-05-01"));
        as(two.b().ownerToken()).queryParam("year", 2030).when().get(HOLIDAYS).then().body("date", contains("2030-10-01"));
    }

    @Test
    void badHolidayInputIsAProblemAndNothingIsWritten() throws Exception {
        TwoTenants two = TwoTenants.create(sms);
        String owner = two.a().ownerToken();
        UUID tenant = two.a().tenant().id();
        as(owner).body(Map.of("name", "  ")).when().put(HOLIDAYS + "/2030-10-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("name"));
        as(owner).body(Map.of("name", "x".repeat(61))).when().put(HOLIDAYS + "/2030-10-01").then().statusCode(400);
        as(owner).body(Map.of("name", "Day")).when().put(HOLIDAYS + "/2030-13-01").then().statusCode(400)
                .body("code", equalTo("pricing-bad-parameter"));
        as(owner).body(Map.of("name", "Day")).when().put(HOLIDAYS + "/1999-12-31").then().statusCode(400);
        as(owner).queryParam("year", "twenty").when().get(HOLIDAYS).then().statusCode(400)
                .body("code", equalTo("pricing-bad-parameter"));
        as(owner).when().delete(HOLIDAYS + "/yesterday").then().statusCode(400);
        assertEquals(0, count(dataSource, "select count(*) from tenant_holiday where tenant_id = ?", tenant));
    }
}
