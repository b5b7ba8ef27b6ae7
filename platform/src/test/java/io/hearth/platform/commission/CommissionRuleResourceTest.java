package io.hearth.platform.commission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CommissionRuleResourceTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json");
    }

    /** Each test gets a plan of its own, so rules of other tests never match. */
    private static String newPlan() {
        String code = "p-" + UUID.randomUUID().toString().substring(0, 8);
        return admin().body(Map.of("code", code, "name", "Plan " + code, "maxWorkers", 50, "maxStaffAccounts", 5,
                "monthlyPriceFen", 99_900))
                .when().post("/api/platform/plans").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> rule(String planId, String category, int bp, String from) {
        Map<String, Object> r = new HashMap<>(Map.of("tenantType", "COMPANY", "planId", planId, "rateBp", bp,
                "minFeeFen", 100, "effectiveFrom", from));
        if (category != null) {
            r.put("serviceCategoryCode", category);
        }
        return r;
    }

    @Test
    void laterRulesSupersedeEarlierOnesAndHistoryIsKept() {
        String plan = newPlan();
        admin().body(rule(plan, null, 1_000, "2026-01-01")).when().post("/api/platform/commission-rules").then().statusCode(201);
        admin().body(rule(plan, null, 1_200, "2026-07-01")).when().post("/api/platform/commission-rules").then().statusCode(201);

        admin().when().get("/api/platform/commission-rules/effective?tenantType=COMPANY&planId=" + plan + "&on=2026-03-15&amountFen=20000")
                .then().statusCode(200).body("rule.rateBp", equalTo(1_000)).body("feeFen", equalTo(2_000));
        admin().when().get("/api/platform/commission-rules/effective?tenantType=COMPANY&planId=" + plan + "&on=2026-07-01&amountFen=20000")
                .then().statusCode(200).body("rule.rateBp", equalTo(1_200)).body("feeFen", equalTo(2_400));
        admin().when().get("/api/platform/commission-rules?planId=" + plan)
                .then().statusCode(200).body("", hasSize(2)).body("[0].effectiveFrom", equalTo("2026-07-01"))
                .body("[0].createdBy", equalTo("superadmin"));
    }

    @Test
    void aCategoryRuleIsMoreSpecificThanThePlanRule() {
        String plan = newPlan();
        admin().body(rule(plan, null, 1_000, "2026-01-01")).when().post("/api/platform/commission-rules").then().statusCode(201);
        admin().body(rule(plan, "deep-cleaning", 800, "2025-01-01")).when().post("/api/platform/commission-rules").then().statusCode(201);
        admin().when().get("/api/platform/commission-rules/effective?tenantType=COMPANY&planId=" + plan + "&category=deep-cleaning&on=2026-06-01")
                .then().statusCode(200).body("rule.rateBp", equalTo(800));
        admin().when().get("/api/platform/commission-rules/effective?tenantType=COMPANY&planId=" + plan + "&category=nanny&on=2026-06-01")
                .then().statusCode(200).body("rule.rateBp", equalTo(1_000));
    }

    @Test
    void rulesAreNeverEditedInPlace() {
        String plan = newPlan();
        String id = admin().body(rule(plan, null, 1_000, "2026-01-01")).when().post("/api/platform/commission-rules")
                .then().statusCode(201).extract().path("id");
        admin().body(rule(plan, null, 1_000, "2026-01-01")).when().post("/api/platform/commission-rules")
                .then().statusCode(409).body("code", equalTo("commission-rule-exists"));
        admin().body(rule(plan, null, 5, "2026-01-01")).when().put("/api/platform/commission-rules/" + id)
                .then().statusCode(405);
        admin().when().delete("/api/platform/commission-rules/" + id).then().statusCode(405);
    }

    @Test
    void badRulesAreExplainedAndNotStored() {
        String plan = newPlan();
        Map<String, Object> r = rule(plan, null, 12_000, "2026-01-01");
        admin().body(r).when().post("/api/platform/commission-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("rateBp"));
        r = rule(plan, null, 1_000, "2026-01-01");
        r.put("minFeeFen", 500);
        r.put("maxFeeFen", 100);
        admin().body(r).when().post("/api/platform/commission-rules")
                .then().statusCode(422).body("code", equalTo("commission-max-below-min"));
        r = rule(UUID.randomUUID().toString(), null, 1_000, "2026-01-01");
        admin().body(r).when().post("/api/platform/commission-rules").then().statusCode(404);
        admin().when().get("/api/platform/commission-rules?planId=" + plan).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void financeReadsButDoesNotWrite() {
        String finance = StaffTokens.token("fin", java.util.Set.of("platform-finance"), java.util.List.of());
        given().auth().oauth2(finance).when().get("/api/platform/commission-rules").then().statusCode(200);
        given().auth().oauth2(finance).contentType("application/json").body(rule(newPlan(), null, 1, "2026-01-01"))
                .when().post("/api/platform/commission-rules").then().statusCode(403);
    }

    @Test
    void noRuleIsA404WithAReason() {
        admin().when().get("/api/platform/commission-rules/effective?tenantType=CITY_OPERATOR&planId=" + newPlan() + "&on=1999-01-01")
                .then().statusCode(404).body("code", equalTo("commission-rule-none"));
    }
}
