package io.hearth.platform.dispatch;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dispatch settings API: owner writes, dispatcher reads, bad input is a problem and changes nothing. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DispatchSettingsTest {

    @Inject
    DispatchWorld world;

    @Test
    void ownerChangesModeAndRulesWithinBounds() {
        OrderWorld.Pair pair = world.pair();
        OrderWorld.Side a = pair.a();
        String owner = a.side().ownerToken();
        String dispatcher = a.side().dispatcherToken();
        String path = "/api/tenant/settings/dispatch";

        as(dispatcher).when().get(path).then().statusCode(200).body("mode", equalTo("GRAB"))
                .body("grabWindowSeconds", equalTo(60)).body("rules.radiusKm", equalTo(5))
                .body("rules.fallbackRadiusKm", equalTo(15)).body("rules.maxConcurrentOrders", equalTo(3));

        as(owner).body(DispatchWorld.settings("AUTO", 45, new TenantSettings.DispatchRules(3, 8, 2, 120, 10, 600)))
                .when().put(path).then().statusCode(200).body("mode", equalTo("AUTO"))
                .body("grabWindowSeconds", equalTo(45)).body("rules.offerLimit", equalTo(10));
        as(dispatcher).when().get(path).then().statusCode(200).body("mode", equalTo("AUTO"))
                .body("rules.positionMaxAgeSeconds", equalTo(600));
        // The rest of the tenant's settings is untouched (the super-admin sees the same row).
        as(StaffTokens.superAdmin()).when().get("/api/platform/tenants/" + a.tenantId()).then().statusCode(200)
                .body("settings.dispatchMode", equalTo("AUTO")).body("settings.slotGridMinutes", equalTo(30))
                .body("settings.dispatchRules.radiusKm", equalTo(3));

        // Bad input: a problem, nothing changes.
        as(owner).body(DispatchWorld.settings("AUTO", 5, TenantSettings.DispatchRules.defaults())).when().put(path)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("validation-failed"));
        as(owner).body(DispatchWorld.settings("AUTO", 60, new TenantSettings.DispatchRules(0, 8, 2, 120, 10, 600)))
                .when().put(path).then().statusCode(400).body("code", equalTo("validation-failed"));
        as(owner).body(DispatchWorld.settings("AUTO", 60, new TenantSettings.DispatchRules(6, 5, 2, 120, 10, 600)))
                .when().put(path).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("dispatch-fallback-radius-too-small"));
        Map<String, Object> noRules = new HashMap<>(DispatchWorld.settings("MANUAL", 60, null));
        as(owner).body(noRules).when().put(path).then().statusCode(400);
        as(owner).body(Map.of("mode", "SOMETIMES", "grabWindowSeconds", 60, "rules",
                TenantSettings.DispatchRules.defaults())).when().put(path).then().statusCode(400)
                .contentType("application/problem+json");
        as(owner).body("{not json").when().put(path).then().statusCode(400);
        as(dispatcher).when().get(path).then().body("mode", equalTo("AUTO")).body("grabWindowSeconds", equalTo(45));

        // Only the owner writes; customer service does not even read. The other tenant is untouched.
        as(dispatcher).body(DispatchWorld.settings("MANUAL", 60, TenantSettings.DispatchRules.defaults())).when()
                .put(path).then().statusCode(403);
        as(StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service")).when().get(path).then().statusCode(403);
        as(a.side().worker()).when().get(path).then().statusCode(403);
        as(pair.b().side().dispatcherToken()).when().get(path).then().statusCode(200).body("mode", equalTo("GRAB"));
    }
}
