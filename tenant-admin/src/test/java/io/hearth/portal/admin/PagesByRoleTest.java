package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ORDER_ID;
import static io.hearth.portal.admin.Fixtures.WORKER_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.OrderApi;
import io.hearth.portal.api.PricingApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page: 200 with its key content for a role that may see it, the 403 page for one that may not; the menu
 * follows the roles.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PagesByRoleTest {

    static final String FORBIDDEN = "You may not see this page";

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() throws Exception {
        when(platform.categories()).thenReturn(List.of(Fixtures.category()));
        when(platform.packages()).thenReturn(List.of(Fixtures.pkg()));
        when(platform.items(any(), anyInt(), anyInt())).thenReturn(new CatalogApi.Page<>(List.of(Fixtures.item()), 0, 20, 45));
        ObjectNode rules = (ObjectNode) new ObjectMapper().readTree(
                "{\"holidaySurchargeBp\":2000,\"weekendSurchargeBp\":1000,\"sameDaySurchargeBp\":0,"
                        + "\"nightSurcharge\":{\"startMinute\":1320,\"endMinute\":360,\"bp\":1500},\"quoteValidityMinutes\":15}");
        when(platform.pricingRules()).thenReturn(new PricingApi.Rules(rules, 3, Instant.now()));
        when(platform.holidays(anyString())).thenReturn(List.of(new PricingApi.Holiday(LocalDate.of(2026, 10, 1), "National Day", Instant.now())));
        when(platform.workers(any(), any(), any(), any(), anyInt(), anyInt())).thenReturn(Fixtures.workers("PENDING"));
        when(platform.worker(WORKER_ID)).thenReturn(Fixtures.worker("PENDING"));
        when(platform.workerHistory(WORKER_ID)).thenReturn(List.of());
        when(platform.workerLevels()).thenReturn(List.of());
        Instant now = Instant.now();
        when(platform.orders(anyList(), any(), any(), isNull(), any(), any(), anyInt())).thenReturn(new OrderApi.Page<>(
                List.of(Fixtures.orderSummary("PENDING_DISPATCH", now, 6000), Fixtures.orderSummary("COMPLETED", now, 20000),
                        Fixtures.orderSummary("CANCELLED", now.minus(1, ChronoUnit.MINUTES), 0)), null));
        when(platform.order(ORDER_ID)).thenReturn(Fixtures.order("PENDING_DISPATCH"));
        when(platform.payments(ORDER_ID)).thenReturn(Fixtures.payments());
        when(platform.cancellation(eq(ORDER_ID), eq(false))).thenReturn(new OrderApi.Cancellation(true, "PENDING_DISPATCH", 0, null, 6000, 0, 6000, false));
    }

    // ---- catalog ----

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void catalogListsCategoriesAndPackagesWithEditLinksForACatalogManager() {
        given().get("/catalog").then().statusCode(200)
                .body(containsString("Daily cleaning"))
                .body(containsString("Spring package"))
                .body(containsString("¥399.00"))
                .body(containsString("href=\"/catalog/categories/new\""));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherReadsTheCatalogButCannotEditIt() {
        given().get("/catalog").then().statusCode(200).body(containsString("Daily cleaning"))
                .body(not(containsString("/catalog/categories/new")));
        given().get("/catalog/categories/new").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/catalog/items").then().statusCode(200).body(containsString("Deep cleaning"))
                .body(containsString("Page 1 of 3, 45 in all"))
                .body(containsString("/catalog/items?page=1"));
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeMayNotSeeTheCatalog() {
        given().get("/catalog").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/catalog/items/new").then().statusCode(403);
        given().get("/pricing").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void itemFormOffersCategoriesUnitsAndBothLanguages() {
        given().get("/catalog/items/new").then().statusCode(200)
                .body(containsString("name=\"texts[zh-CN].name\""))
                .body(containsString("name=\"texts[en].name\""))
                .body(containsString("<option value=\"PER_HOUR\" selected>per hour</option>"))
                .body(containsString("Daily cleaning"));
    }

    // ---- pricing ----

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void pricingShowsTheRulesAsPercentagesAndTheHolidayCalendar() {
        given().get("/pricing?year=2026").then().statusCode(200)
                .body(containsString("name=\"holidaySurchargeBp\" value=\"20\""))
                .body(containsString("value=\"22:00\""))
                .body(containsString("National Day"))
                .body(containsString("hx-post=\"/pricing/holidays/2026-10-01/delete\""))
                .body(containsString("hx-confirm="));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceReadsPricingWithoutEditing() {
        given().get("/pricing?year=2026").then().statusCode(200).body(containsString("National Day"))
                .body(not(containsString("hx-post=\"/pricing/holidays")))
                .body(containsString("<fieldset disabled>"));
    }

    // ---- workers ----

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theAuditQueueListsPendingWorkers() {
        given().get("/workers").then().statusCode(200)
                .body(containsString("Audit queue"))
                .body(containsString("Wang Fang"))
                .body(containsString("Pending audit"))
                .body(containsString("138****0001"));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void anOwnerSeesTheProfileWithCertificateScansAndTheAuditActions() {
        given().get("/workers/" + WORKER_ID).then().statusCode(200)
                .body(containsString("Health certificate"))
                .body(containsString("href=\"/files/" + Fixtures.FILE_ID + "\""))
                .body(containsString("Orders served"))
                .body(containsString("id=\"approve-form\""))
                .body(containsString("id=\"reject-form\" data-confirm="));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherSeesTheProfileWithoutAuditActions() {
        given().get("/workers/" + WORKER_ID).then().statusCode(200).body(containsString("Wang Fang"))
                .body(not(containsString("id=\"approve-form\"")));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceMayNotSeeWorkers() {
        given().get("/workers").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/workers/" + WORKER_ID).then().statusCode(403);
    }

    // ---- orders ----

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeSeesTheOrderListAndRefundsButNotDispatch() {
        given().get("/orders").then().statusCode(200)
                .body(containsString("HO20261122000001"))
                .body(containsString("Pending dispatch"))
                .body(containsString("hx-get=\"/orders\""));
        given().get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(containsString("id=\"timeline\""))
                .body(containsString("Created"))
                .body(containsString("id=\"refund-form\""))
                .body(not(containsString("id=\"assign-form\"")))
                .body(not(containsString("id=\"cancel-form\"")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherGetsManualDispatchWithRankedCandidatesRescheduleAndCancel() {
        when(platform.candidates(ORDER_ID)).thenReturn(Fixtures.candidates());
        given().get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(containsString("id=\"assign-form\""))
                .body(containsString("<option value=\"" + WORKER_ID + "\" data-rank=\"1\""))
                .body(containsString("1. Wang Fang · 1.2 km · score 87.5"))
                .body(containsString("Candidates within 5 km, best first"))
                .body(containsString("id=\"reschedule-form\""))
                .body(containsString("id=\"cancel-form\""))
                .body(containsString("a fee of ¥0.00; ¥60.00 is refunded"))
                .body(not(containsString("id=\"refund-form\"")));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aCatalogManagerMayNotSeeOrders() {
        given().get("/orders").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/orders/" + ORDER_ID).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theOrderListPagesByKeyset() {
        when(platform.orders(anyList(), any(), any(), isNull(), any(), isNull(), anyInt()))
                .thenReturn(new OrderApi.Page<>(List.of(Fixtures.orderSummary("ACCEPTED", Instant.now(), 0)), "c2"));
        when(platform.orders(anyList(), any(), any(), isNull(), any(), eq("c2"), anyInt()))
                .thenReturn(new OrderApi.Page<>(List.of(Fixtures.orderSummary("COMPLETED", Instant.now(), 0)), null));
        given().get("/orders?status=ACCEPTED").then().statusCode(200)
                .body(containsString("href=\"/orders?status=ACCEPTED&amp;cursor=c2\""));
        given().get("/orders?status=ACCEPTED&cursor=c2").then().statusCode(200)
                .body(containsString("data-page=\"first\""))
                .body(not(containsString("data-page=\"next\"")));
    }

    // ---- menu ----

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void theMenuFollowsTheRoles() {
        given().get("/orders").then().statusCode(200)
                .body(containsString("data-menu=\"dashboard\""))
                .body(containsString("data-menu=\"orders\""))
                .body(not(containsString("data-menu=\"catalog\"")))
                .body(not(containsString("data-menu=\"workers\"")))
                .body(not(containsString("data-menu=\"settings\"")));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void anOwnerSeesEveryMenuEntry() {
        given().get("/catalog").then().statusCode(200).body(allOf(containsString("data-menu=\"workers\""),
                containsString("data-menu=\"catalog\""), containsString("data-menu=\"pricing\""),
                containsString("data-menu=\"alerts\""), containsString("data-menu=\"settings\""),
                containsString("data-menu=\"chat\""), containsString("data-menu=\"customers\"")));
    }

    @Test
    void cssHtmxAndChartJsAreServedLocallyWithoutSignIn() {
        given().get("/_static/bootstrap/5.3.3/dist/css/bootstrap.min.css").then().statusCode(200);
        given().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/chart.js/4.4.7/dist/chart.umd.js").then().statusCode(200);
        given().get("/portal/portal.js").then().statusCode(200);
    }
}
