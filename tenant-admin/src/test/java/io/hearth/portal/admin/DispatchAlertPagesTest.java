package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ALERT_ID;
import static io.hearth.portal.admin.Fixtures.COMPLAINT_ID;
import static io.hearth.portal.admin.Fixtures.ORDER_ID;
import static io.hearth.portal.admin.Fixtures.WORKER_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.DispatchApi;
import io.hearth.portal.api.OrderApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatch alert board, complaints and the manual-dispatch queue by role; acknowledge / resolve / take in hand
 * / close through htmx (CSRF, required notes, what reaches the platform, its refusal in the row); manual dispatch
 * among the ranked candidates with a reason when the worker changes.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DispatchAlertPagesTest {

    static final String FORBIDDEN = "You may not see this page";

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() {
        when(platform.alertSummary()).thenReturn(new DispatchApi.Summary(3, 1, 42));
        when(platform.alerts(any(), any(), any(), anyInt()))
                .thenReturn(new DispatchApi.Page<>(List.of(Fixtures.alert("OPEN", null)), null));
        when(platform.complaints(any(), any(), anyInt()))
                .thenReturn(new DispatchApi.Page<>(List.of(Fixtures.complaint("OPEN", null)), null));
        when(platform.dispatchOrders(eq("MANUAL_NEEDED"), anyInt())).thenReturn(List.of(new DispatchApi.OrderState(
                ORDER_ID, "HO20261122000001", Instant.now(), "MANUAL_NEEDED", "no candidate", Instant.now())));
        when(platform.order(ORDER_ID)).thenReturn(Fixtures.order("PENDING_DISPATCH"));
        when(platform.payments(ORDER_ID)).thenReturn(Fixtures.payments());
        when(platform.candidates(ORDER_ID)).thenReturn(Fixtures.candidates());
    }

    // ---- pages by role ----

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceSeesTheAlertBoardWithCountsAndActionsButNotTheManualQueue() {
        given().get("/alerts").then().statusCode(200)
                .body(containsString("id=\"count-open\">3<"))
                .body(containsString("id=\"count-resolved\">42<"))
                .body(containsString("Late arrival"))
                .body(containsString("21 min ago"))
                .body(containsString("href=\"/orders/" + ORDER_ID + "\">HO20261122000001"))
                .body(containsString("hx-post=\"/alerts/" + ALERT_ID + "/acknowledge\""))
                .body(containsString("hx-post=\"/alerts/" + ALERT_ID + "/resolve\""))
                .body(containsString("hx-confirm="))
                .body(containsString("data-menu=\"alerts\""))
                .body(not(containsString("href=\"/alerts/manual\"")));
        given().get("/alerts/manual").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/alerts/complaints").then().statusCode(200)
                .body(containsString("The windows are still dirty"))
                .body(containsString("138****0002"))
                .body(containsString("hx-post=\"/alerts/complaints/" + COMPLAINT_ID + "/handle\""));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherSeesTheManualQueueLinkingToTheOrder() {
        given().get("/alerts/manual").then().statusCode(200)
                .body(containsString("id=\"manual-queue\""))
                .body(containsString("href=\"/orders/" + ORDER_ID + "\">HO20261122000001"))
                .body(containsString("no candidate"));
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeMayNotSeeAlertsOrComplaints() {
        given().get("/alerts").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/alerts/complaints").then().statusCode(403);
        when(platform.orders(org.mockito.ArgumentMatchers.anyList(), any(), any(), isNull(), any(), any(), anyInt()))
                .thenReturn(new OrderApi.Page<>(List.of(), null));
        given().get("/orders").then().statusCode(200).body(not(containsString("data-menu=\"alerts\"")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void filtersAndKeysetPagesGoToThePlatform() {
        when(platform.alerts(eq("OPEN"), eq("OVERRUN"), isNull(), anyInt()))
                .thenReturn(new DispatchApi.Page<>(List.of(Fixtures.alert("OPEN", null)), "n2"));
        given().get("/alerts?state=OPEN&kind=OVERRUN").then().statusCode(200)
                .body(containsString("href=\"/alerts?state=OPEN&amp;kind=OVERRUN&amp;cursor=n2\""));
        given().get("/alerts?state=OPEN&kind=OVERRUN&cursor=n2").then().statusCode(200);
        verify(platform).alerts("OPEN", "OVERRUN", "n2", AlertPages.PER_PAGE);
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void bothLanguages() {
        given().cookie("hearth-lang", "zh-CN").get("/alerts").then().statusCode(200)
                .body(containsString("迟到")).body(containsString("待处理")).body(containsString("人工派单队列"));
        given().cookie("hearth-lang", "zh-CN").get("/alerts/complaints").then().statusCode(200)
                .body(containsString("服务质量")).body(containsString("受理"));
    }

    // ---- actions ----

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void acknowledgingAnswersTheChangedRow() {
        when(platform.acknowledgeAlert(ALERT_ID)).thenReturn(Fixtures.alert("ACKNOWLEDGED", null));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/alerts");
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .post("/alerts/" + ALERT_ID + "/acknowledge")
                .then().statusCode(200)
                .body(containsString("id=\"alert-" + ALERT_ID + "\" data-state=\"ACKNOWLEDGED\""))
                .body(not(containsString("/acknowledge\"")))
                .body(not(containsString("<html")));
        verify(platform).acknowledgeAlert(ALERT_ID);
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void resolvingNeedsANoteAndSendsIt() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/alerts");
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("note", "  ")
                .post("/alerts/" + ALERT_ID + "/resolve")
                .then().statusCode(200).header("HX-Retarget", "#alert-" + ALERT_ID + "-errors")
                .body(containsString("data-field-error=\"note\">Required."));
        verify(platform, never()).resolveAlert(anyString(), any());
        when(platform.resolveAlert(eq(ALERT_ID), any())).thenReturn(Fixtures.alert("RESOLVED", "Called the worker"));
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("note", "Called the worker")
                .post("/alerts/" + ALERT_ID + "/resolve")
                .then().statusCode(200).body(containsString("data-state=\"RESOLVED\""))
                .body(containsString("Called the worker"));
        verify(platform).resolveAlert(ALERT_ID, new DispatchApi.ResolutionInput("Called the worker"));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void actionsWithoutTheCsrfTokenAreRefused() {
        given().header("HX-Request", "true").contentType(Fixtures.FORM).formParam("note", "x")
                .post("/alerts/" + ALERT_ID + "/resolve").then().statusCode(400);
        given().header("HX-Request", "true").contentType(Fixtures.FORM)
                .post("/alerts/complaints/" + COMPLAINT_ID + "/handle").then().statusCode(400);
        verify(platform, never()).resolveAlert(anyString(), any());
        verify(platform, never()).handleComplaint(anyString());
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void aRefusalOfThePlatformIsShownInTheRow() {
        when(platform.acknowledgeAlert(ALERT_ID)).thenThrow(Fixtures.problem(409, "alert-state",
                "The alert is already resolved.", null, null));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/alerts");
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .post("/alerts/" + ALERT_ID + "/acknowledge")
                .then().statusCode(200).header("HX-Retarget", "#alert-" + ALERT_ID + "-errors")
                .header("HX-Reswap", "innerHTML")
                .body(containsString("id=\"platform-detail\">The alert is already resolved."))
                .body(not(containsString("<tr")));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void complaintsAreTakenInHandAndClosedWithAResolution() {
        when(platform.handleComplaint(COMPLAINT_ID)).thenReturn(Fixtures.complaint("HANDLING", null));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/alerts/complaints");
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .post("/alerts/complaints/" + COMPLAINT_ID + "/handle")
                .then().statusCode(200).body(containsString("data-state=\"HANDLING\"")).body(containsString("Being handled"));
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("resolution", "")
                .post("/alerts/complaints/" + COMPLAINT_ID + "/close")
                .then().statusCode(200).header("HX-Retarget", "#complaint-" + COMPLAINT_ID + "-errors")
                .body(containsString("data-field-error=\"resolution\">Required."));
        verify(platform, never()).closeComplaint(anyString(), any());
        when(platform.closeComplaint(eq(COMPLAINT_ID), any())).thenReturn(Fixtures.complaint("CLOSED", "Cleaned again"));
        given().header("HX-Request", "true").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("resolution", "Cleaned again")
                .post("/alerts/complaints/" + COMPLAINT_ID + "/close")
                .then().statusCode(200).body(containsString("data-state=\"CLOSED\""));
        verify(platform).closeComplaint(COMPLAINT_ID, new DispatchApi.ClosureInput("Cleaned again"));
    }

    // ---- manual dispatch on the order page ----

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void changingTheAssignedWorkerNeedsAReason() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + ORDER_ID);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("workerId", WORKER_ID).formParam("currentWorkerId", "99999999-0000-0000-0000-000000000000")
                .formParam("reason", "")
                .post("/orders/" + ORDER_ID + "/assign")
                .then().statusCode(422).body(containsString("data-field-error=\"reason\">Required."));
        verify(platform, never()).assign(anyString(), any());
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theFirstWorkerNeedsNoReason() {
        when(platform.assign(eq(ORDER_ID), any())).thenReturn(Fixtures.order("ACCEPTED"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + ORDER_ID);
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("workerId", WORKER_ID).formParam("currentWorkerId", "")
                .post("/orders/" + ORDER_ID + "/assign")
                .then().statusCode(303);
        verify(platform).assign(ORDER_ID, new OrderApi.AssignInput(WORKER_ID, null));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void thePlatformsReassignRefusalIsShownAtTheReason() {
        when(platform.assign(eq(ORDER_ID), any())).thenThrow(Fixtures.problem(422, "order-reassign-reason-required",
                "Changing the worker needs a reason.", "reason", "Required when changing the worker."));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + ORDER_ID);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("workerId", WORKER_ID)
                .post("/orders/" + ORDER_ID + "/assign")
                .then().statusCode(422).body(containsString("Changing the worker needs a reason."));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theAssignedWorkerIsShownByNameToWhoMayReadWorkers() {
        OrderApi.Detail o = Fixtures.order("ACCEPTED");
        when(platform.order(ORDER_ID)).thenReturn(new OrderApi.Detail(o.id(), o.orderNo(), o.status(), o.customerId(),
                o.itemId(), o.packageId(), o.quantity(), o.durationMinutes(), o.startAt(), o.endAt(), WORKER_ID,
                o.customerChoseWorker(), o.address(), o.requirements(), o.lines(), o.money(), o.times(), o.work(),
                o.cancelReason(), o.createdAt(), o.timeline(), o.seriesId(), o.occurrence()));
        when(platform.worker(WORKER_ID)).thenReturn(Fixtures.worker("APPROVED"));
        given().get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(containsString("id=\"order-worker\">Wang Fang</a>"));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theHeaderSaysWhichConsoleInTheViewersLanguage() {
        given().cookie("hearth-lang", "zh-CN").get("/alerts").then().statusCode(200)
                .body(containsString("家政公司管理台"), not(containsString("Housekeeping company console")));
        given().cookie("hearth-lang", "en").get("/alerts").then().statusCode(200)
                .body(containsString("Housekeeping company console"));
    }
}
