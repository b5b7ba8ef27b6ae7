package io.hearth.platform.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PublicTenantResourceTest {

    @Test
    void aMiniProgramFindsItsTenantBySlugOrAppIdWithoutSigningIn() {
        String slug = Tenants.uniqueSlug("brand");
        String appId = "wx" + (slug.replaceAll("[^0-9a-f]", "") + "abcdef0123456789").substring(0, 16);
        Map<String, Object> body = new HashMap<>(Tenants.company(slug));
        body.put("miniProgramAppId", appId);
        Tenants.create(body);
        given().when().get("/api/app/tenant?slug=" + slug)
                .then().statusCode(200)
                .body("branding.displayName", equalTo("Company " + slug))
                .body("settings.slotGridMinutes", equalTo(30))
                .body("keycloakOrganizationId", nullValue())
                .body("settings.dispatchMode", nullValue());
        given().when().get("/api/app/tenant?appId=" + appId)
                .then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void aSuspendedTenantIsNotFound() {
        Tenants.Created t = Tenants.createCompany();
        Tenants.suspend(t.id());
        given().when().get("/api/app/tenant?slug=" + t.slug()).then().statusCode(404);
    }

    @Test
    void exactlyOneNameIsRequired() {
        given().when().get("/api/app/tenant").then().statusCode(400).body("code", equalTo("tenant-name-one"));
        given().when().get("/api/app/tenant?slug=a&appId=b").then().statusCode(400);
        given().auth().oauth2(StaffTokens.superAdmin()).when().get("/api/app/tenant?slug=nope-nope").then().statusCode(404);
    }
}
