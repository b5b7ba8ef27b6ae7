package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ORDER_ID;
import static io.hearth.portal.admin.Fixtures.WORKER_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker's profile shows the week as a grid, the coming exceptions and the next bookings linking to their orders. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkerAvailabilityPageTest {

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() {
        when(platform.worker(WORKER_ID)).thenReturn(Fixtures.worker("APPROVED"));
        when(platform.workerHistory(WORKER_ID)).thenReturn(List.of());
        when(platform.workerLevels()).thenReturn(List.of());
        when(platform.workerAvailability(WORKER_ID)).thenReturn(StatsFixtures.schedule());
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherSeesTheWeekGridTheExceptionsAndTheNextBookings() {
        given().get("/workers/" + WORKER_ID).then().statusCode(200)
                .body(containsString("id=\"week-grid\""))
                .body(containsString("<tr data-weekday=\"MONDAY\"><th scope=\"row\" class=\"fw-normal\">Monday</th>"))
                .body(containsString("<span class=\"me-2\" data-window>08:00–12:00</span><span class=\"me-2\" data-window>13:00–18:00</span>"))
                .body(containsString("style=\"left: 37.500%; width: 62.500%\" title=\"09:00–24:00\""))
                .body(containsString("<tr data-weekday=\"SUNDAY\"><th scope=\"row\" class=\"fw-normal\">Sunday</th>"))
                .body(containsString("Not available"))
                .body(containsString("Times in Asia/Shanghai."))
                .body(containsString("<li data-date=\"2026-11-23\">2026-11-23 · Day off · whole day</li>"))
                .body(containsString("<li data-date=\"2026-12-02\">2026-12-02 · Extra hours · 19:00–21:30</li>"))
                .body(containsString("<a href=\"/orders/" + ORDER_ID + "\">2026-11-24 10:00 – 2026-11-24 12:00</a>"))
                .body(containsString("Wang Fang"));
        verify(platform).workerAvailability(WORKER_ID);
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void theAvailabilitySpeaksChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/workers/" + WORKER_ID).then().statusCode(200)
                .body(containsString("可服务时间"))
                .body(containsString(">周一</th>"))
                .body(containsString("休息 · 全天"))
                .body(containsString("加班时段 · 19:00–21:30"))
                .body(containsString("未来 7 天的预约"))
                .body(not(containsString("Booked visits")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aRefusedAvailabilityLeavesTheRestOfTheProfile() {
        when(platform.workerAvailability(WORKER_ID)).thenThrow(Fixtures.problem(404, "not-found", "Worker not found", null, null));
        given().get("/workers/" + WORKER_ID).then().statusCode(200)
                .body(containsString("Wang Fang"))
                .body(containsString("id=\"availability-unavailable\""))
                .body(not(containsString("id=\"week-grid\"")));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceMayNotSeeAWorkersAvailability() {
        given().get("/workers/" + WORKER_ID).then().statusCode(403).body(containsString("You may not see this page"));
    }
}
