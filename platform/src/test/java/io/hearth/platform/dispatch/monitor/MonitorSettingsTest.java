package io.hearth.platform.dispatch.monitor;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The owner sets the monitor's thresholds, dispatchers read them, and the next scan follows them. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MonitorSettingsTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    MonitorWorld world;

    @Inject
    ExceptionMonitor monitor;

    static Map<String, Object> rules(int unaccepted, int lead, int late, int overrun) {
        return Map.of("unacceptedMinutes", unaccepted, "departLeadMinutes", lead, "lateArrivalMinutes", late,
                "overrunPercent", overrun);
    }

    @Test
    void theOwnerChangesTheRulesValidatedAndTheMonitorUsesThemForThatTenantOnly() {
        OrderWorld.Pair pair = fixtures.pair();
        OrderWorld.Side a = pair.a();
        String owner = a.side().ownerToken();
        String dispatcher = a.side().dispatcherToken();
        String path = "/api/tenant/settings/monitor";

        as(dispatcher).when().get(path).then().statusCode(200).body("unacceptedMinutes", equalTo(15))
                .body("departLeadMinutes", equalTo(30)).body("lateArrivalMinutes", equalTo(15))
                .body("overrunPercent", equalTo(50));
        as(owner).body(rules(0, 30, 15, 50)).when().put(path).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"));
        as(owner).body(rules(40, 601, 15, 50)).when().put(path).then().statusCode(400);
        as(owner).body(Map.of("unacceptedMinutes", "soon")).when().put(path).then().statusCode(400);
        as(dispatcher).when().get(path).then().statusCode(200).body("unacceptedMinutes", equalTo(15));
        as(dispatcher).body(rules(40, 30, 15, 50)).when().put(path).then().statusCode(403);
        as(StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service")).when().get(path).then().statusCode(403);

        as(owner).body(rules(40, 45, 5, 10)).when().put(path).then().statusCode(200)
                .body("unacceptedMinutes", equalTo(40)).body("departLeadMinutes", equalTo(45));
        as(dispatcher).when().get(path).then().statusCode(200).body("unacceptedMinutes", equalTo(40))
                .body("overrunPercent", equalTo(10));
        as(pair.b().side().dispatcherToken()).when().get(path).then().statusCode(200)
                .body("unacceptedMinutes", equalTo(15));
        // the other settings are kept
        as(StaffTokens.superAdmin()).when().get("/api/platform/tenants/" + a.tenantId()).then().statusCode(200)
                .body("settings.dispatchMode", equalTo("GRAB")).body("settings.monitorRules.unacceptedMinutes", equalTo(40));

        UUID orderA = world.dispatchable(a, MonitorWorld.nextStart());
        UUID orderB = world.dispatchable(pair.b(), MonitorWorld.nextStart());
        Instant sinceA = world.dispatchableSince(orderA);
        Instant sinceB = world.dispatchableSince(orderB);
        Instant later = (sinceA.isAfter(sinceB) ? sinceA : sinceB);

        monitor.scan(later.plus(Duration.ofMinutes(15)));
        assertEquals(List.of(), world.alerts(orderA), "A waits 40 minutes");
        assertEquals(1, world.alerts(orderB, AlertKind.UNACCEPTED).size(), "B keeps the default 15");
        monitor.scan(sinceA.plus(Duration.ofMinutes(39)));
        assertEquals(List.of(), world.alerts(orderA));
        monitor.scan(sinceA.plus(Duration.ofMinutes(40)));
        assertEquals(1, world.alerts(orderA, AlertKind.UNACCEPTED).size());
    }
}
