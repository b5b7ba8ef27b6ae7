package io.hearth.platform.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.hearth.platform.testing.RecordingTenantDirectory;
import io.hearth.platform.testing.RecordingTenantProvisioner;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TenantAdminResourceTest {

    @Inject
    RecordingTenantDirectory directory;

    @Inject
    RecordingTenantProvisioner provisioner;

    private static RequestSpecification admin() {
        return given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json");
    }

    @Test
    void creatingATenantMakesItsOrganizationOwnerAndClusterResources() {
        String slug = Tenants.uniqueSlug("sparkle");
        admin().body(Tenants.company(slug))
                .when().post("/api/platform/tenants")
                .then().statusCode(201)
                .header("Location", containsString("/api/platform/tenants/"))
                .body("tenant.slug", equalTo(slug))
                .body("tenant.status", equalTo("ACTIVE"))
                .body("tenant.branding.primaryColor", equalTo("#c2410c"))
                .body("tenant.settings.dispatchMode", equalTo("GRAB"))
                .body("tenant.keycloakOrganizationId", equalTo(directory.organization(slug).orElseThrow().id()))
                .body("owner.username", equalTo(slug + "-owner"))
                .body("owner.created", equalTo(true))
                .body("owner.temporaryPassword", notNullValue());
        assertEquals(List.of("reconcile"), provisioner.callsFor(slug).stream().map(c -> c.action()).toList());
    }

    @Test
    void aCityOperatorServesExactlyOneCityWithAnArea() {
        Map<String, Object> body = new HashMap<>(Tenants.cityOperator(Tenants.uniqueSlug("hz")));
        body.remove("serviceArea");
        admin().body(body).when().post("/api/platform/tenants")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("tenant-city-operator-city"));
        assertNoTenant((String) body.get("slug"));

        Tenants.create(Tenants.cityOperator(Tenants.uniqueSlug("hz")));
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsWritten() {
        Map<String, Object> body = new HashMap<>(Tenants.company("Bad Slug!"));
        body.put("primaryColor", "orange");
        body.put("cityCodes", List.of("hangzhou"));
        admin().body(body).when().post("/api/platform/tenants")
                .then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("primaryColor"))
                .body("errors.field", hasItem(containsString("cityCodes")));
        assertNoTenant("Bad Slug!");
    }

    @Test
    void unknownLocaleAndTimeZoneAreExplained() {
        Map<String, Object> body = new HashMap<>(Tenants.company(Tenants.uniqueSlug("loc")));
        body.put("defaultLocale", "fr");
        admin().header("Accept-Language", "zh-CN").body(body).when().post("/api/platform/tenants")
                .then().statusCode(422).body("detail", containsString("不支持语言 fr"));
        body.put("defaultLocale", "en");
        body.put("timeZone", "Mars/Olympus");
        admin().body(body).when().post("/api/platform/tenants")
                .then().statusCode(422).body("code", equalTo("tenant-time-zone-unknown"));
        assertNoTenant((String) body.get("slug"));
    }

    @Test
    void unknownEnumValueIsABadRequest() {
        Map<String, Object> body = new HashMap<>(Tenants.company(Tenants.uniqueSlug("enum")));
        body.put("type", "FRANCHISE");
        admin().body(body).when().post("/api/platform/tenants")
                .then().statusCode(400).contentType("application/problem+json");
        assertNoTenant((String) body.get("slug"));
    }

    @Test
    void slugsAppIdsAndHostsAreUnique() {
        String slug = Tenants.uniqueSlug("dup");
        Map<String, Object> first = new HashMap<>(Tenants.company(slug));
        String appId = "wx" + slug.replaceAll("[^0-9a-f]", "").concat("0000000000000000").substring(0, 16);
        first.put("miniProgramAppId", appId);
        Tenants.create(first);
        admin().body(Tenants.company(slug)).when().post("/api/platform/tenants")
                .then().statusCode(409).body("code", equalTo("tenant-slug-taken"));
        Map<String, Object> second = new HashMap<>(Tenants.company(Tenants.uniqueSlug("dup")));
        second.put("miniProgramAppId", appId);
        admin().body(second).when().post("/api/platform/tenants")
                .then().statusCode(409).body("code", equalTo("tenant-app-id-taken"));
    }

    @Test
    void lifecycleSuspendActivateClose() {
        Tenants.Created t = Tenants.createCompany();
        String path = "/api/platform/tenants/" + t.id();
        admin().body(Map.of("reason", "unpaid invoice")).when().post(path + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("unpaid invoice"));
        admin().when().post(path + "/activate").then().statusCode(200).body("status", equalTo("ACTIVE"));
        admin().body(Map.of("reason", "contract ended")).when().post(path + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        admin().when().post(path + "/activate")
                .then().statusCode(409).body("code", equalTo("tenant-status-transition"));
        assertFalse(directory.organization(t.slug()).orElseThrow().enabled());
        assertEquals("remove", provisioner.callsFor(t.slug()).get(provisioner.callsFor(t.slug()).size() - 1).action());
    }

    @Test
    void brandingChangeIsReconciledAndAudited() {
        Tenants.Created t = Tenants.createCompany();
        admin().body(Map.of("displayName", "Sparkle 2", "primaryColor", "#123456", "h5Host", t.slug() + ".h5.example.com",
                "defaultLocale", "en", "timeZone", "Asia/Shanghai"))
                .when().put("/api/platform/tenants/" + t.id() + "/branding")
                .then().statusCode(200)
                .body("branding.displayName", equalTo("Sparkle 2"))
                .body("branding.h5Host", equalTo(t.slug() + ".h5.example.com"));
        assertEquals("Sparkle 2", provisioner.callsFor(t.slug()).get(1).tenant().branding().displayName());

        admin().when().get("/api/platform/audit?targetType=tenant&targetId=" + t.id())
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].action", equalTo("tenant.update-branding"))
                .body("items[0].actorName", equalTo("superadmin"))
                .body("items[0].before.branding.displayName", equalTo("Company " + t.slug()))
                .body("items[0].after.branding.displayName", equalTo("Sparkle 2"))
                .body("items[2].action", equalTo("tenant.create"))
                .body("items[2].before", nullValue());
    }

    @Test
    void settingsAreValidated() {
        Tenants.Created t = Tenants.createCompany();
        Map<String, Object> settings = new HashMap<>(Map.of("dispatchMode", "AUTO", "grabWindowSeconds", 60,
                "unpaidOrderTimeoutMinutes", 30, "slotGridMinutes", 30, "minNoticeMinutes", 60, "maxDaysAhead", 14,
                "cancellationFeeSteps", List.of(Map.of("withinHoursOfStart", 12, "feeBp", 3000))));
        admin().body(settings).when().put("/api/platform/tenants/" + t.id() + "/settings")
                .then().statusCode(200).body("settings.dispatchMode", equalTo("AUTO"));
        settings.put("slotGridMinutes", 1);
        admin().body(settings).when().put("/api/platform/tenants/" + t.id() + "/settings")
                .then().statusCode(400).body("errors.field", hasItem(containsString("slotGridMinutes")));
    }

    @Test
    void keycloakOutageLeavesTheTenantProvisioningUntilActivated() {
        String slug = Tenants.uniqueSlug("kcdown");
        directory.failWhenCalled(RecordingTenantDirectory.unavailable());
        try {
            admin().body(Tenants.company(slug)).when().post("/api/platform/tenants")
                    .then().statusCode(503).body("code", equalTo("directory-unavailable"));
        } finally {
            directory.failWhenCalled(null);
        }
        String id = admin().when().get("/api/platform/tenants?q=" + slug)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("PROVISIONING"))
                .extract().path("items[0].id");
        admin().when().post("/api/platform/tenants/" + id + "/activate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertNotNull(directory.organization(slug).orElseThrow());
    }

    @Test
    void listFiltersAndPages() {
        String prefix = Tenants.uniqueSlug("list");
        for (int i = 0; i < 3; i++) {
            Tenants.create(Tenants.company(prefix + "-" + i));
        }
        admin().when().get("/api/platform/tenants?q=" + prefix + "&size=2&page=0")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("size", equalTo(2));
        admin().when().get("/api/platform/tenants?q=" + prefix + "&size=2&page=1")
                .then().statusCode(200).body("items", hasSize(1));
        admin().when().get("/api/platform/tenants?status=ACTIVE&type=COMPANY&q=" + prefix)
                .then().statusCode(200).body("items.status", everyItem(equalTo("ACTIVE")));
        admin().when().get("/api/platform/tenants?size=1000").then().statusCode(400);
    }

    @Test
    void onlySuperAdminsManageTenants() {
        Tenants.Created t = Tenants.createCompany();
        given().auth().oauth2(StaffTokens.staff(t.slug() + "-owner", t.slug(), "owner"))
                .when().get("/api/platform/tenants/" + t.id())
                .then().statusCode(403);
        given().when().get("/api/platform/tenants").then().statusCode(401);
        admin().when().get("/api/platform/tenants/00000000-0000-0000-0000-000000000042")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertNoTenant(String slug) {
        admin().when().get("/api/platform/tenants?q=" + slug.toLowerCase().replaceAll("[^a-z0-9-]", ""))
                .then().statusCode(200).body("items.slug", org.hamcrest.Matchers.not(hasItem(slug)));
    }
}
