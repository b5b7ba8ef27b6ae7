package io.hearth.platform.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.testing.RecordingTenantProvisioner;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Settings → branding: the tenant's owner and marketing change their name, colour, logo, mini-program AppID and
 * customer-service phone; the public tenant view shows it at once; bad input is a 422 per field and changes nothing;
 * only their own TENANT_LOGO files can be the logo; other roles and other tenants cannot touch it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BrandingSettingsTest {

    static final String PATH = "/api/tenant/settings/branding";

    @Inject
    RecordingTenantProvisioner provisioner;

    record Side(Tenants.Created tenant, String owner, String marketing) {

        static Side create() {
            Tenants.Created t = Tenants.createCompany();
            return new Side(t, StaffTokens.staff(t.slug() + "-owner", t.slug(), "owner"),
                    StaffTokens.staff(t.slug() + "-mkt", t.slug(), "marketing"));
        }

        String token(String role) {
            return StaffTokens.staff(tenant.slug() + "-" + role, tenant.slug(), role);
        }
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static int version(String token) {
        return as(token).when().get(PATH).then().statusCode(200).extract().path("version");
    }

    static Map<String, Object> change(String name, String color, String logo, String appId, String phone, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("primaryColor", color);
        body.put("logoFileId", logo);
        body.put("miniProgramAppId", appId);
        body.put("servicePhone", phone);
        body.put("version", version);
        return body;
    }

    static String appId() {
        return "wx" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static byte[] png(int size) {
        byte[] b = new byte[size];
        ThreadLocalRandom.current().nextBytes(b);
        int[] head = { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        for (int i = 0; i < head.length; i++) {
            b[i] = (byte) head[i];
        }
        return b;
    }

    static byte[] pdf() {
        return "%PDF-1.7 a scanned certificate".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    static ValidatableResponse upload(String token, String purpose, byte[] content) {
        return given().auth().oauth2(token).multiPart("file", "logo.png", content, "image/png")
                .multiPart("purpose", purpose).when().post("/api/files").then();
    }

    static String uploadOk(String token, String purpose, byte[] content) {
        return upload(token, purpose, content).statusCode(201).extract().path("id");
    }

    @Test
    void theOwnerAndMarketingReadAndChangeTheBrandingAndThePublicViewShowsIt() {
        Side a = Side.create();
        String slug = a.tenant().slug();
        String newAppId = appId();
        // Looked up before the change: the tenant lookup remembers "no such tenant" for this AppID...
        given().header("X-Hearth-App-Id", newAppId).when().get("/api/app/files/" + UUID.randomUUID())
                .then().statusCode(404).body("detail", containsString(newAppId));

        int v = as(a.owner()).when().get(PATH).then().statusCode(200)
                .body("displayName", equalTo("Company " + slug)).body("primaryColor", equalTo("#c2410c"))
                .body("logoFileId", nullValue()).body("logoSrc", nullValue()).body("h5Host", nullValue())
                .extract().path("version");
        String logo = uploadOk(a.marketing(), "TENANT_LOGO", png(2048));

        as(a.marketing()).body(change("  洁家家政 Sparkle  ", "#0A7CFF", logo, newAppId, "400-820-8820", v))
                .when().put(PATH).then().statusCode(200)
                .body("displayName", equalTo("洁家家政 Sparkle")).body("primaryColor", equalTo("#0a7cff"))
                .body("logoFileId", equalTo(logo)).body("logoSrc", equalTo("/api/app/files/" + logo))
                .body("miniProgramAppId", equalTo(newAppId)).body("servicePhone", equalTo("400-820-8820"))
                .body("version", equalTo(v + 1));
        as(a.owner()).when().get(PATH).then().statusCode(200).body("displayName", equalTo("洁家家政 Sparkle"))
                .body("version", equalTo(v + 1));

        // The public view (no sign-in) shows it at once, by slug and by the new AppID.
        given().when().get("/api/app/tenant?slug=" + slug).then().statusCode(200)
                .body("branding.displayName", equalTo("洁家家政 Sparkle"))
                .body("branding.primaryColor", equalTo("#0a7cff"))
                .body("branding.logoSrc", equalTo("/api/app/files/" + logo))
                .body("branding.servicePhone", equalTo("400-820-8820"));
        given().when().get("/api/app/tenant?appId=" + newAppId).then().statusCode(200).body("slug", equalTo(slug));
        // ...and the logo loads with the new AppID right away (the lookup was evicted, not left to expire).
        byte[] served = given().header("X-Hearth-App-Id", newAppId).when().get("/api/app/files/" + logo)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals(2048, served.length);

        // The super-admin's path: audited with who changed it, cluster resources reconciled with the new branding.
        given().auth().oauth2(StaffTokens.superAdmin()).when()
                .get("/api/platform/audit?targetType=tenant&targetId=" + a.tenant().id())
                .then().statusCode(200).body("items[0].action", equalTo("tenant.update-branding"))
                .body("items[0].actorName", equalTo(slug + "-mkt"))
                .body("items[0].after.branding.logoFileId", equalTo(logo));
        List<RecordingTenantProvisioner.Call> calls = provisioner.callsFor(slug);
        TenantBranding reconciled = calls.get(calls.size() - 1).tenant().branding();
        assertEquals("洁家家政 Sparkle", reconciled.displayName());
        assertEquals("400-820-8820", reconciled.servicePhone());
    }

    @Test
    void eachBadFieldIsA422WithItsMessageInEnglishAndChineseAndChangesNothing() {
        Side a = Side.create();
        int v = version(a.owner());
        as(a.owner()).body(change(" ", "red", null, "wx123", "call me", null)).when().put(PATH)
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("branding-invalid"))
                .body("errors.field", hasItems("displayName", "primaryColor", "miniProgramAppId", "servicePhone", "version"))
                .body("errors.find { it.field == 'primaryColor' }.message", containsString("#C2410C"));
        as(a.owner()).header("Accept-Language", "zh-CN").body(change("x".repeat(121), "#12345", null, null, null, v))
                .when().put(PATH).then().statusCode(422)
                .body("detail", equalTo("部分品牌设置不合法，请查看 errors 中每个字段的说明。"))
                .body("errors.find { it.field == 'displayName' }.message", equalTo("名称过长：最多 120 个字符。"))
                .body("errors.find { it.field == 'primaryColor' }.message", containsString("十六进制"));
        Map<String, Object> one = change("Fine name", "#123456", null, null, null, v);
        for (Map.Entry<String, String> bad : Map.of("primaryColor", "#1234567", "miniProgramAppId", "WX0123456789ABCDEF",
                "servicePhone", "+86 138 0013 8000").entrySet()) {
            Map<String, Object> body = new HashMap<>(one);
            body.put(bad.getKey(), bad.getValue());
            as(a.owner()).body(body).when().put(PATH).then().statusCode(422)
                    .body("errors.field", equalTo(List.of(bad.getKey())));
        }
        as(a.owner()).body(change(null, null, null, null, null, v)).when().put(PATH).then().statusCode(422)
                .body("errors.field", equalTo(List.of("displayName")));
        as(a.owner()).body(Map.of("displayName", "N", "version", "seven")).when().put(PATH).then().statusCode(400);
        as(a.owner()).when().put(PATH).then().statusCode(400);

        as(a.owner()).when().get(PATH).then().body("displayName", equalTo("Company " + a.tenant().slug()))
                .body("primaryColor", equalTo("#c2410c")).body("version", equalTo(v));
    }

    @Test
    void aStaleVersionIsAConflictAndATakenAppIdTooNeitherChangesAnything() {
        Side a = Side.create();
        Side b = Side.create();
        int v = version(a.owner());
        as(a.owner()).body(change("First", null, null, null, null, v)).when().put(PATH).then().statusCode(200);
        as(a.marketing()).body(change("Second", null, null, null, null, v)).when().put(PATH).then().statusCode(409)
                .body("code", equalTo("concurrent-modification"));

        String bAppId = appId();
        as(b.owner()).body(change("B", null, null, bAppId, null, version(b.owner()))).when().put(PATH).then()
                .statusCode(200);
        as(a.owner()).body(change("Third", null, null, bAppId, null, v + 1)).when().put(PATH).then().statusCode(409)
                .body("code", equalTo("tenant-app-id-taken"))
                .body("errors.find { it.field == 'miniProgramAppId' }.message", containsString("Another tenant"));
        as(a.owner()).when().get(PATH).then().body("displayName", equalTo("First")).body("miniProgramAppId", nullValue())
                .body("version", equalTo(v + 1));
    }

    @Test
    void onlyTheTenantsOwnTenantLogoFilesCanBeTheLogo() {
        Side a = Side.create();
        Side b = Side.create();
        int v = version(a.owner());
        String serviceImage = uploadOk(a.owner(), "SERVICE_IMAGE", png(1000));
        String certificate = uploadOk(a.owner(), "CERTIFICATE", pdf());
        String bLogo = uploadOk(b.owner(), "TENANT_LOGO", png(1000));
        for (String notALogo : List.of(serviceImage, certificate, bLogo, UUID.randomUUID().toString())) {
            as(a.owner()).body(change("Logo?", null, notALogo, null, null, v)).when().put(PATH).then().statusCode(422)
                    .body("errors.field", equalTo(List.of("logoFileId")))
                    .body("errors[0].message", containsString("TENANT_LOGO"));
        }
        as(a.owner()).when().get("/api/files/" + bLogo).then().statusCode(404);
        as(a.owner()).when().get(PATH).then().body("displayName", equalTo("Company " + a.tenant().slug()))
                .body("logoFileId", nullValue()).body("version", equalTo(v));

        // A logo is an image, and a small one.
        upload(a.owner(), "TENANT_LOGO", pdf()).statusCode(415).body("code", equalTo("file-type-unsupported"));
        upload(a.owner(), "TENANT_LOGO", png(1024 * 1024 + 1)).statusCode(413).body("code", equalTo("file-too-large"));
        upload(a.owner(), "SERVICE_IMAGE", png(1024 * 1024 + 1)).statusCode(201);
    }

    @Test
    void theLogoIsReplacedAndRemovedAndCannotBeDeletedWhileInUse() {
        Side a = Side.create();
        String slug = a.tenant().slug();
        // The super-admin set an external logo; the tenant's upload replaces it.
        given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json")
                .body(Map.of("displayName", "Company " + slug, "logoUrl", "https://cdn.example.test/old.png",
                        "defaultLocale", "zh-CN", "timeZone", "Asia/Shanghai"))
                .when().put("/api/platform/tenants/" + a.tenant().id() + "/branding").then().statusCode(200);
        as(a.owner()).when().get(PATH).then().body("logoSrc", equalTo("https://cdn.example.test/old.png"));

        String first = uploadOk(a.owner(), "TENANT_LOGO", png(500));
        String second = uploadOk(a.owner(), "TENANT_LOGO", png(600));
        int v = version(a.owner());
        as(a.owner()).body(change("Logo", null, first, null, "021-64451234", v)).when().put(PATH).then().statusCode(200)
                .body("logoUrl", nullValue()).body("logoSrc", equalTo("/api/app/files/" + first));
        as(a.owner()).when().delete("/api/files/" + first).then().statusCode(409).body("code", equalTo("file-in-use"));

        as(a.owner()).body(change("Logo", null, second, null, "021-64451234", v + 1)).when().put(PATH).then()
                .statusCode(200).body("logoSrc", equalTo("/api/app/files/" + second));
        given().when().get("/api/app/tenant?slug=" + slug).then()
                .body("branding.logoSrc", equalTo("/api/app/files/" + second));
        as(a.owner()).when().delete("/api/files/" + first).then().statusCode(204);

        // The super-admin's later change keeps the tenant's logo and phone.
        given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json")
                .body(Map.of("displayName", "Renamed", "defaultLocale", "zh-CN", "timeZone", "Asia/Shanghai",
                        "h5Host", slug + ".h5.example.com"))
                .when().put("/api/platform/tenants/" + a.tenant().id() + "/branding").then().statusCode(200)
                .body("branding.logoFileId", equalTo(second)).body("branding.servicePhone", equalTo("021-64451234"));
        as(a.owner()).when().get(PATH).then().body("h5Host", equalTo(slug + ".h5.example.com"));

        as(a.owner()).body(change("Renamed", null, null, null, null, version(a.owner()))).when().put(PATH).then()
                .statusCode(200).body("logoFileId", nullValue()).body("logoSrc", nullValue())
                .body("servicePhone", nullValue());
        given().when().get("/api/app/tenant?slug=" + slug).then().body("branding.logoSrc", nullValue())
                .body("branding.h5Host", equalTo(slug + ".h5.example.com"));
        as(a.owner()).when().delete("/api/files/" + second).then().statusCode(204);
    }

    @Test
    void otherRolesAreRefusedAndOneTenantNeverChangesAnother() {
        Side a = Side.create();
        Side b = Side.create();
        for (String role : List.of("dispatcher", "finance", "customer-service", "catalog-manager")) {
            as(a.token(role)).when().get(PATH).then().statusCode(403);
            as(a.token(role)).body(change("Mine", null, null, null, null, 1)).when().put(PATH).then().statusCode(403);
        }
        as(StaffTokens.superAdmin()).when().get(PATH).then().statusCode(403);
        given().when().get(PATH).then().statusCode(401);

        int bVersion = version(b.owner());
        as(a.owner()).body(change("Only A", "#000000", null, appId(), "95105555", version(a.owner()))).when().put(PATH)
                .then().statusCode(200);
        as(b.owner()).when().get(PATH).then().statusCode(200).body("displayName", equalTo("Company " + b.tenant().slug()))
                .body("primaryColor", equalTo("#c2410c")).body("miniProgramAppId", nullValue())
                .body("servicePhone", nullValue()).body("version", equalTo(bVersion));
        given().when().get("/api/app/tenant?slug=" + b.tenant().slug()).then()
                .body("branding.displayName", equalTo("Company " + b.tenant().slug()));
        // A token of A naming B in the tenant header is refused; B stays as it was.
        as(a.owner()).header("X-Hearth-Tenant", b.tenant().slug())
                .body(change("Hijack", null, null, null, null, bVersion)).when().put(PATH).then()
                .statusCode(403).body("code", equalTo("tenant-not-yours"));
        as(b.owner()).when().get(PATH).then().body("displayName", equalTo("Company " + b.tenant().slug()));
    }
}
