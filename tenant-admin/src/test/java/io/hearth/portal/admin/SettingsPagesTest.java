package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.DispatchApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings → dispatch: the owner edits the dispatch mode, rules and alert thresholds, a dispatcher reads them; the
 * portal's and the platform's field errors are shown at the fields; CSRF; what reaches the platform.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SettingsPagesTest {

    static final String FORBIDDEN = "You may not see this page";

    @InjectMock
    @RestClient
    PlatformClient platform;

    static final DispatchApi.Settings STORED = new DispatchApi.Settings("GRAB", 60,
            new DispatchApi.DispatchRules(5, 15, 3, 300, 30, 900));

    @BeforeEach
    void platformAnswers() {
        when(platform.dispatchSettings()).thenReturn(STORED);
        when(platform.monitorRules()).thenReturn(new DispatchApi.MonitorRules(15, 30, 15, 50));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void theOwnerSeesTheDispatchSettingsAndThresholdsToEdit() {
        given().redirects().follow(false).get("/settings").then().statusCode(303)
                .header("Location", containsString("/settings/dispatch"));
        given().get("/settings/dispatch").then().statusCode(200)
                .body(containsString("<option value=\"GRAB\" selected>Grab: nearby workers grab the order</option>"))
                .body(containsString("name=\"rules.fallbackRadiusKm\" value=\"15\""))
                .body(containsString("name=\"overrunPercent\" value=\"50\""))
                .body(containsString("Fallback radius (km)"))
                .body(not(containsString("<fieldset disabled>")))
                .body(containsString("data-menu=\"settings\""));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherReadsThemWithoutEditing() {
        given().get("/settings/dispatch").then().statusCode(200)
                .body(containsString("name=\"rules.radiusKm\" value=\"5\""))
                .body(containsString("<fieldset disabled>"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/dispatch");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("mode", "AUTO").post("/settings/dispatch").then().statusCode(403);
        verify(platform, never()).putDispatchSettings(any());
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeMayNotSeeSettings() {
        given().get("/settings/dispatch").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/settings").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void savingSendsTheSettingsToThePlatform() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/dispatch");
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("mode", "AUTO").formParam("grabWindowSeconds", "90")
                .formParam("rules.radiusKm", "6").formParam("rules.fallbackRadiusKm", "20")
                .formParam("rules.maxConcurrentOrders", "2").formParam("rules.fallbackTimeoutSeconds", "240")
                .formParam("rules.offerLimit", "10").formParam("rules.positionMaxAgeSeconds", "600")
                .post("/settings/dispatch").then().statusCode(303).header("Location", containsString("saved=dispatch"));
        verify(platform).putDispatchSettings(new DispatchApi.Settings("AUTO", 90,
                new DispatchApi.DispatchRules(6, 20, 2, 240, 10, 600)));
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("unacceptedMinutes", "10").formParam("departLeadMinutes", "20")
                .formParam("lateArrivalMinutes", "5").formParam("overrunPercent", "30")
                .post("/settings/monitor").then().statusCode(303).header("Location", containsString("saved=monitor"));
        verify(platform).putMonitorRules(new DispatchApi.MonitorRules(10, 20, 5, 30));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void portalAndPlatformErrorsAreShownAtTheFields() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/dispatch");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("mode", "AUTO").formParam("grabWindowSeconds", "ninety")
                .post("/settings/dispatch").then().statusCode(422)
                .body(containsString("data-field-error=\"grabWindowSeconds\""))
                .body(containsString("data-field-error=\"rules.radiusKm\">Required."))
                .body(containsString("value=\"ninety\""));
        verify(platform, never()).putDispatchSettings(any());
        when(platform.putMonitorRules(any())).thenThrow(Fixtures.problem(400, "validation", "Invalid input.",
                "unacceptedMinutes", "must be greater than or equal to 1"));
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("unacceptedMinutes", "0").formParam("departLeadMinutes", "20")
                .formParam("lateArrivalMinutes", "5").formParam("overrunPercent", "30")
                .post("/settings/monitor").then().statusCode(422)
                .body(containsString("data-field-error=\"unacceptedMinutes\">must be greater than or equal to 1"));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void withoutTheCsrfTokenNothingIsSaved() {
        given().contentType(Fixtures.FORM).formParam("unacceptedMinutes", "10").post("/settings/monitor")
                .then().statusCode(400);
        verify(platform, never()).putMonitorRules(any());
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void inChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/settings/dispatch").then().statusCode(200)
                .body(containsString("派单半径（公里）")).body(containsString("告警阈值"));
    }
}
