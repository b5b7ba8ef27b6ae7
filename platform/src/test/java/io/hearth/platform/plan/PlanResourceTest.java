package io.hearth.platform.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
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
class PlanResourceTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json");
    }

    @Test
    void createUpdateAndAssignAPlan() {
        String code = "pro-" + UUID.randomUUID().toString().substring(0, 6);
        String id = admin().body(Map.of("code", code, "name", "Pro", "maxWorkers", 200, "maxStaffAccounts", 20,
                "monthlyPriceFen", 199_900))
                .when().post("/api/platform/plans").then().statusCode(201)
                .body("active", equalTo(true)).extract().path("id");
        admin().body(Map.of("code", code, "name", "Again", "maxWorkers", 1, "maxStaffAccounts", 1, "monthlyPriceFen", 0))
                .when().post("/api/platform/plans").then().statusCode(409).body("code", equalTo("plan-code-taken"));

        Tenants.Created t = Tenants.createCompany();
        admin().body(Map.of("planId", id)).when().put("/api/platform/tenants/" + t.id() + "/plan")
                .then().statusCode(200).body("planId", equalTo(id));

        admin().body(Map.of("name", "Pro (retired)", "maxWorkers", 200, "maxStaffAccounts", 20, "monthlyPriceFen", 199_900,
                "active", false)).when().put("/api/platform/plans/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        Tenants.Created other = Tenants.createCompany();
        admin().body(Map.of("planId", id)).when().put("/api/platform/tenants/" + other.id() + "/plan")
                .then().statusCode(422).body("code", equalTo("plan-inactive"));
        admin().when().get("/api/platform/plans").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void negativePriceIsRefused() {
        Map<String, Object> body = new HashMap<>(Map.of("code", "neg-" + UUID.randomUUID().toString().substring(0, 6),
                "name", "Neg", "maxWorkers", 1, "maxStaffAccounts", 1, "monthlyPriceFen", -1));
        admin().body(body).when().post("/api/platform/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("monthlyPriceFen"));
    }
}
