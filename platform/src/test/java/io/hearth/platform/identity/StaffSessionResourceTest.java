package io.hearth.platform.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffSessionResourceTest {

    @Test
    void superAdminTokenIsAcceptedByThePlatformApi() {
        given().auth().oauth2(StaffTokens.superAdmin())
                .when().get("/api/platform/me")
                .then().statusCode(200)
                .body("username", equalTo("superadmin"))
                .body("roles", hasItems("platform-admin", "platform-finance"));
    }

    @Test
    void anonymousCallerGetsProblemJson401() {
        given().when().get("/api/platform/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("unauthenticated"))
                .body("detail", containsString("bearer token"));
    }

    @Test
    void anonymousCallerReadsTheProblemInChinese() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .when().get("/api/platform/me")
                .then().statusCode(401)
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("未登录"))
                .body("detail", startsWith("请先登录"));
    }

    @Test
    void tenantOwnerCannotUseTheSuperAdminApi() {
        given().auth().oauth2(StaffTokens.staff("sparkle-owner", "sparkle", "owner"))
                .when().get("/api/platform/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
    }

    @Test
    void tenantStaffSeeTheTenantTheirOrganizationMapsTo() {
        Tenants.Created t = Tenants.create(Tenants.cityOperator(Tenants.uniqueSlug("hz")));
        given().auth().oauth2(StaffTokens.staff("hz-dispatcher", t.slug(), "dispatcher"))
                .when().get("/api/tenant/me")
                .then().statusCode(200)
                .body("staff.username", equalTo("hz-dispatcher"))
                .body("staff.organizations", contains(t.slug()))
                .body("staff.roles", contains("dispatcher"))
                .body("tenant.id", equalTo(t.id().toString()))
                .body("tenant.type", equalTo("CITY_OPERATOR"))
                .body("tenant.timeZone", equalTo("Asia/Shanghai"));
    }

    @Test
    void superAdminIsNotTenantStaff() {
        given().auth().oauth2(StaffTokens.superAdmin())
                .when().get("/api/tenant/me")
                .then().statusCode(403);
    }

    @Test
    void expiredTokenIsRefused() {
        given().auth().oauth2(StaffTokens.expired("superadmin", Set.of("platform-admin")))
                .when().get("/api/platform/me")
                .then().statusCode(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        String token = StaffTokens.superAdmin();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged)
                .when().get("/api/platform/me")
                .then().statusCode(401);
    }
}
