package io.hearth.platform.shared.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a staff token becomes a tenant, and when it must not. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CallerTenantTest {

    @Test
    void organizationThePlatformDoesNotKnowIsRefused() {
        given().auth().oauth2(StaffTokens.staff("ghost", "no-such-tenant", "owner"))
                .when().get("/api/tenant/me")
                .then().statusCode(403).body("code", equalTo("tenant-unknown"));
    }

    @Test
    void staffWithoutOrganizationIsRefused() {
        given().auth().oauth2(StaffTokens.token("loner", Set.of("owner"), List.of()))
                .when().get("/api/tenant/me")
                .then().statusCode(403).body("code", equalTo("tenant-no-membership"));
    }

    @Test
    void memberOfTwoTenantsChoosesWithTheHeaderAmongHisOwn() {
        Tenants.Created a = Tenants.createCompany();
        Tenants.Created b = Tenants.createCompany();
        Tenants.Created c = Tenants.createCompany();
        String token = StaffTokens.token("twohats", Set.of("dispatcher"), List.of(a.slug(), b.slug()));
        given().auth().oauth2(token).when().get("/api/tenant/me")
                .then().statusCode(400).body("code", equalTo("tenant-ambiguous")).body("detail", containsString("X-Hearth-Tenant"));
        given().auth().oauth2(token).header("X-Hearth-Tenant", b.slug()).when().get("/api/tenant/me")
                .then().statusCode(200).body("tenant.slug", equalTo(b.slug()));
        given().auth().oauth2(token).header("X-Hearth-Tenant", c.slug()).when().get("/api/tenant/me")
                .then().statusCode(403).body("code", equalTo("tenant-not-yours"));
    }

    @Test
    void staffOfASuspendedTenantAreRefusedUntilReactivated() {
        Tenants.Created t = Tenants.createCompany();
        String token = StaffTokens.staff(t.slug() + "-owner", t.slug(), "owner");
        given().auth().oauth2(token).when().get("/api/tenant/me").then().statusCode(200);
        Tenants.suspend(t.id());
        given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/tenant/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("tenant-suspended"))
                .body("detail", containsString(t.slug()));
        given().auth().oauth2(StaffTokens.superAdmin()).when().post("/api/platform/tenants/" + t.id() + "/activate")
                .then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/tenant/me").then().statusCode(200);
    }
}
