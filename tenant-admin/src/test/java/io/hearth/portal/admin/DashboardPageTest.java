package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard shows the platform's statistics as they come (today's orders by status, this week's paid amount
 * and new customers per day, unresolved alerts by kind, open complaints) with Chart.js; the alert counts link to
 * the board for the roles that may see it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DashboardPageTest {

    static final String FORBIDDEN = "You may not see this page";

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() {
        when(platform.dashboardStats(isNull(), isNull())).thenReturn(StatsFixtures.dashboard());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void anOwnerSeesTodaysOrdersTheWeeksMoneyAndCustomersAndTheOpenAlertsLinkedToTheBoard() {
        given().get("/dashboard").then().statusCode(200)
                .body(containsString("Today&#39;s orders"))
                .body(containsString("2026-11-18"))
                .body(containsString("id=\"kpi-today\">3<"))
                .body(containsString("id=\"kpi-week\">¥410.00<"))
                .body(containsString("id=\"kpi-customers\">5<"))
                .body(containsString("id=\"kpi-alerts\"><a href=\"/alerts?state=OPEN\">4</a>"))
                .body(containsString("id=\"kpi-acknowledged\">3<"))
                .body(containsString("<a href=\"/alerts/complaints?state=OPEN\">Open complaints</a>: <span id=\"kpi-complaints\">6<"))
                .body(containsString("data-status=\"PENDING_DISPATCH\"><td>Pending dispatch</td><td class=\"text-end\">1<"))
                .body(containsString("<tr data-day=\"2026-11-18\"><td>2026-11-18</td><td class=\"text-end\">2</td><td class=\"text-end\">¥260.00</td>"))
                .body(containsString("id=\"chart-customers\" data-chart=\"bar\" data-labels=\"2026-11-16|2026-11-17|2026-11-18\" data-values=\"1|0|4\""))
                .body(containsString("id=\"chart-alerts\" data-chart=\"bar\" data-labels=\"Not accepted|Not departed|Late arrival|Service overrun|Complaint\" data-values=\"3|0|2|0|2\""))
                .body(containsString("<tr data-kind=\"LATE_ARRIVAL\"><td>Late arrival</td>"))
                .body(containsString("<a href=\"/alerts?state=OPEN&amp;kind=UNACCEPTED\">2</a>"))
                .body(containsString("<a href=\"/alerts?state=ACKNOWLEDGED&amp;kind=COMPLAINT\">2</a>"))
                .body(containsString("id=\"chart-status\""))
                .body(containsString("id=\"chart-revenue\" data-chart=\"line\" data-labels=\"2026-11-16|2026-11-17|2026-11-18\" data-values=\"150.00|0.00|260.00\""))
                .body(containsString("/webjars/chart.js/4.4.7/dist/chart.umd.js"))
                .body(containsString("less their confirmed refunds"));
        verify(platform).dashboardStats(null, null);
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeSeesTheFiguresButNoLinksToTheBoardItMayNotOpen() {
        given().get("/dashboard").then().statusCode(200)
                .body(containsString("id=\"kpi-alerts\">4<"))
                .body(containsString("id=\"kpi-week\">¥410.00<"))
                .body(not(containsString("href=\"/alerts")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theDashboardSpeaksChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/dashboard").then().statusCode(200)
                .body(containsString("本周新增客户"))
                .body(containsString("待处理告警"))
                .body(containsString("未结投诉"))
                .body(containsString("未解决告警（按类型）"))
                .body(containsString("已确认"))
                .body(containsString("待派单"))
                .body(not(containsString("Open complaints")));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aCatalogManagerMayNotSeeTheDashboard() {
        given().get("/dashboard").then().statusCode(403).body(containsString(FORBIDDEN));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void marketingMayNotSeeTheDashboard() {
        given().get("/dashboard").then().statusCode(403).body(containsString(FORBIDDEN));
    }
}
