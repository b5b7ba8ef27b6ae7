package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.NotificationApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings → notification templates: the list, editing by channel (owner, marketing), read-only for customer
 * service, reset with confirmation, preview through htmx; errors of the portal and of the platform shown.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TemplatePagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String IN_APP = "/settings/templates/accepted/IN_APP/en";
    static final String SMS = "/settings/templates/accepted/SMS/zh-CN";

    @InjectMock
    @RestClient
    PlatformClient platform;

    static NotificationApi.Template inApp(boolean own) {
        return new NotificationApi.Template("accepted", "IN_APP", "en",
                new NotificationApi.Content("Order {orderNo} accepted", "{workerName} will come at {startTime}.", null,
                        null, null, Map.of()),
                own, List.of("orderNo", "workerName", "startTime"), own ? Instant.now() : null, own ? "mkt" : null);
    }

    static NotificationApi.Template sms() {
        return new NotificationApi.Template("accepted", "SMS", "zh-CN",
                new NotificationApi.Content(null, null, "SMS_1234", null, null, Map.of("worker", "{workerName}")),
                false, List.of("orderNo", "workerName"), null, null);
    }

    @BeforeEach
    void platformAnswers() {
        when(platform.notificationTemplates()).thenReturn(List.of(inApp(true), sms()));
        when(platform.notificationTemplate("accepted", "IN_APP", "en")).thenReturn(inApp(true));
        when(platform.notificationTemplate("accepted", "SMS", "zh-CN")).thenReturn(sms());
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void marketingListsAndEditsTemplates() {
        given().redirects().follow(false).get("/settings").then().statusCode(303)
                .header("Location", containsString("/settings/templates"));
        given().get("/settings/templates").then().statusCode(200)
                .body(containsString("Order accepted"))
                .body(containsString("<td>SMS</td>"))
                .body(containsString("href=\"" + IN_APP + "\""))
                .body(containsString("data-overridden"))
                .body(not(containsString("data-tab=\"dispatch\"")));
        given().get(IN_APP).then().statusCode(200)
                .body(containsString("name=\"title\" value=\"Order {orderNo} accepted\""))
                .body(containsString("<code>&#123;workerName&#125;</code>"))
                .body(containsString("hx-post=\"" + IN_APP + "/preview\""))
                .body(containsString("id=\"reset-form\" data-confirm="))
                .body(not(containsString("<fieldset disabled>")));
        given().get(SMS).then().statusCode(200)
                .body(containsString("name=\"templateCode\" value=\"SMS_1234\""))
                .body(containsString("worker={workerName}"))
                .body(not(containsString("id=\"reset-form\"")));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceReadsWithoutEditing() {
        given().get(IN_APP).then().statusCode(200).body(containsString("<fieldset disabled>"))
                .body(not(containsString("id=\"reset-form\"")));
        Fixtures.Csrf csrf = Fixtures.Csrf.from(IN_APP);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("title", "x").formParam("body", "y").post(IN_APP).then().statusCode(403);
        verify(platform, never()).putNotificationTemplate(anyString(), anyString(), anyString(), any());
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherMayNotSeeTemplates() {
        given().get("/settings/templates").then().statusCode(403).body(containsString(FORBIDDEN));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void savingSendsTheContentAndShowsThePlatformsRefusal() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(SMS);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("templateCode", "SMS_1234").formParam("params", "worker {workerName}")
                .post(SMS).then().statusCode(422)
                .body(containsString("data-field-error=\"params\">Write each parameter as name=text."));
        verify(platform, never()).putNotificationTemplate(anyString(), anyString(), anyString(), any());
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("templateCode", "SMS_9")
                .formParam("params", "worker={workerName}\n\ntime = {startTime}\n")
                .post(SMS).then().statusCode(303).header("Location", containsString(SMS + "?done=saved"));
        verify(platform).putNotificationTemplate("accepted", "SMS", "zh-CN", new NotificationApi.Content(null, null,
                "SMS_9", null, null, Map.of("worker", "{workerName}", "time", "{startTime}")));
        when(platform.putNotificationTemplate(eq("accepted"), eq("IN_APP"), eq("en"), any())).thenThrow(Fixtures.problem(
                422, "notification-template-placeholder-unknown", "Unknown placeholder {amount} in body.", null, null));
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("title", "Hi").formParam("body", "{amount}")
                .post(IN_APP).then().statusCode(422)
                .body(containsString("id=\"platform-detail\">Unknown placeholder {amount} in body."));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void resetDeletesTheOwnTemplate() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(IN_APP);
        given().contentType(Fixtures.FORM).post(IN_APP + "/reset").then().statusCode(400);
        verify(platform, never()).resetNotificationTemplate(anyString(), anyString(), anyString());
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).post(IN_APP + "/reset")
                .then().statusCode(303).header("Location", containsString("done=reset"));
        verify(platform).resetNotificationTemplate("accepted", "IN_APP", "en");
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void previewRendersTheTypedTemplate() {
        when(platform.previewNotificationTemplate(eq("accepted"), eq("IN_APP"), eq("en"), any())).thenReturn(
                new NotificationApi.Preview("accepted", "IN_APP", "en", new NotificationApi.Rendered("IN_APP", "en",
                        "Order HS202611230001 accepted", "王阿姨 will come at 10:00.", null, null, null, null, Map.of())));
        Fixtures.Csrf csrf = Fixtures.Csrf.from(IN_APP);
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("title", "Order {orderNo} accepted")
                .formParam("body", "{workerName} will come at {startTime}.")
                .post(IN_APP + "/preview").then().statusCode(200)
                .body(containsString("data-preview=\"title\">Order HS202611230001 accepted"))
                .body(not(containsString("<html")));
        verify(platform).previewNotificationTemplate("accepted", "IN_APP", "en", new NotificationApi.Content(
                "Order {orderNo} accepted", "{workerName} will come at {startTime}.", null, null, null, Map.of()));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void inChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/settings/templates").then().statusCode(200)
                .body(containsString("已接单")).body(containsString("自定义"));
    }
}
