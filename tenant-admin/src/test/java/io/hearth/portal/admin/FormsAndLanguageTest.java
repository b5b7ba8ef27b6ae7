package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ORDER_ID;
import static io.hearth.portal.admin.Fixtures.WORKER_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.OrderApi;
import io.hearth.portal.api.WorkerApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Forms: CSRF is required, the portal's own validation and the platform's field errors are shown next to the
 * fields, destructive actions carry a confirmation; the language switch is remembered and also picks the language
 * the platform is asked to answer in; platform errors never show a stack trace.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FormsAndLanguageTest {

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() {
        when(platform.categories()).thenReturn(List.of(Fixtures.category()));
        when(platform.packages()).thenReturn(List.of());
        when(platform.worker(WORKER_ID)).thenReturn(Fixtures.worker("PENDING"));
        when(platform.workerHistory(WORKER_ID)).thenReturn(List.of());
        when(platform.workerLevels()).thenReturn(List.of());
        when(platform.order(ORDER_ID)).thenReturn(Fixtures.order("PENDING_DISPATCH"));
        when(platform.payments(ORDER_ID)).thenReturn(Fixtures.payments());
        when(platform.workers(any(), any(), any(), any(), anyInt(), anyInt())).thenReturn(Fixtures.workers("APPROVED"));
    }

    // ---- CSRF ----

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().contentType(Fixtures.FORM).formParam("code", "windows").formParam("texts[en].name", "Windows")
                .post("/catalog/categories")
                .then().statusCode(400)
                .body(containsString("The form has expired or was not sent from this portal."));
        verify(platform, never()).createCategory(any());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aFormPostWithAForgedTokenIsRefused() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/categories/new");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", "forged")
                .formParam("code", "windows").formParam("texts[en].name", "Windows")
                .post("/catalog/categories")
                .then().statusCode(400);
        verify(platform, never()).createCategory(any());
    }

    // ---- validation ----

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void theServerValidatesTheFormAndShowsFieldErrorsWithoutCallingThePlatform() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/categories/new");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("code", "").formParam("sortOrder", "first").formParam("texts[en].description", "no name")
                .post("/catalog/categories")
                .then().statusCode(422)
                .body(containsString("Please correct the highlighted fields."))
                .body(containsString("data-field-error=\"code\">Required."))
                .body(containsString("data-field-error=\"sortOrder\">Enter a whole number."))
                .body(containsString("data-field-error=\"texts[en].name\">Required."))
                .body(containsString("no name"));
        verify(platform, never()).createCategory(any());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void thePlatformsFieldErrorsAreShownNextToTheFields() {
        when(platform.createCategory(any())).thenThrow(Fixtures.problem(400, "validation-failed",
                "The request is invalid.", "code", "must match \\\"[a-z0-9][a-z0-9_-]*\\\""));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/categories/new");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("code", "Windows!").formParam("texts[en].name", "Windows")
                .post("/catalog/categories")
                .then().statusCode(422)
                .body(containsString("The request is invalid."))
                .body(containsString("data-field-error=\"code\">must match"))
                .body(containsString("value=\"Windows!\""));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aValidCategoryIsSentWithBothLanguagesAndTheListSaysSaved() {
        when(platform.createCategory(any())).thenReturn(Fixtures.category());
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/categories/new");
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .formParam("code", "windows").formParam("parentId", Fixtures.CATEGORY_ID).formParam("sortOrder", "2")
                .formParam("enabled", "true")
                .formParam("texts[zh-CN].name", "擦窗").formParam("texts[en].name", "Windows")
                .post("/catalog/categories")
                .then().statusCode(303).header("Location", containsString("/catalog?saved=true"));
        ArgumentCaptor<CatalogApi.CategoryInput> sent = ArgumentCaptor.forClass(CatalogApi.CategoryInput.class);
        verify(platform).createCategory(sent.capture());
        org.junit.jupiter.api.Assertions.assertEquals("windows", sent.getValue().code());
        org.junit.jupiter.api.Assertions.assertEquals(2, sent.getValue().sortOrder());
        org.junit.jupiter.api.Assertions.assertEquals("擦窗", sent.getValue().texts().get("zh-CN").name());
        org.junit.jupiter.api.Assertions.assertEquals("Windows", sent.getValue().texts().get("en").name());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void anItemPriceIsTypedInYuanAndSentInFen() {
        when(platform.createItem(any())).thenReturn(Fixtures.item());
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/items/new");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("categoryId", Fixtures.CATEGORY_ID).formParam("unit", "PER_HOUR").formParam("basePriceFen", "12.3.4")
                .formParam("defaultDurationMinutes", "120").formParam("texts[zh-CN].name", "擦窗")
                .post("/catalog/items")
                .then().statusCode(422).body(containsString("data-field-error=\"basePriceFen\">Enter an amount in yuan"));
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .formParam("categoryId", Fixtures.CATEGORY_ID).formParam("unit", "PER_HOUR").formParam("basePriceFen", "88.5")
                .formParam("defaultDurationMinutes", "120").formParam("tags", "hot，new").formParam("texts[zh-CN].name", "擦窗")
                .post("/catalog/items")
                .then().statusCode(303);
        ArgumentCaptor<CatalogApi.ItemInput> sent = ArgumentCaptor.forClass(CatalogApi.ItemInput.class);
        verify(platform).createItem(sent.capture());
        org.junit.jupiter.api.Assertions.assertEquals(8850L, sent.getValue().basePriceFen());
        org.junit.jupiter.api.Assertions.assertEquals(List.of("hot", "new"), sent.getValue().tags());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void editingAnItemKeepsTheLanguagesAndTextsTheFormDoesNotShow() {
        when(platform.item(Fixtures.ITEM_ID)).thenReturn(new CatalogApi.Item(Fixtures.ITEM_ID, Fixtures.CATEGORY_ID, "PER_HOUR",
                5000, 120, 1, null, List.of(), List.of(Fixtures.FILE_ID), true, 0, java.util.Map.of(
                        "zh-CN", new CatalogApi.ItemText("深度保洁", null, null, "自带工具", "五星标准"),
                        "ja", new CatalogApi.ItemText("ディープクリーニング", null, null, null, null)), java.time.Instant.now()));
        when(platform.updateItem(eq(Fixtures.ITEM_ID), any())).thenReturn(Fixtures.item());
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/items/" + Fixtures.ITEM_ID + "/edit");
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .formParam("categoryId", Fixtures.CATEGORY_ID).formParam("unit", "PER_HOUR").formParam("basePriceFen", "60")
                .formParam("defaultDurationMinutes", "120").formParam("imageFileIds", Fixtures.FILE_ID)
                .formParam("texts[zh-CN].name", "深度保洁（新）").formParam("texts[en].name", "Deep cleaning")
                .post("/catalog/items/" + Fixtures.ITEM_ID)
                .then().statusCode(303);
        ArgumentCaptor<CatalogApi.ItemInput> sent = ArgumentCaptor.forClass(CatalogApi.ItemInput.class);
        verify(platform).updateItem(eq(Fixtures.ITEM_ID), sent.capture());
        org.junit.jupiter.api.Assertions.assertEquals("深度保洁（新）", sent.getValue().texts().get("zh-CN").name());
        org.junit.jupiter.api.Assertions.assertEquals("自带工具", sent.getValue().texts().get("zh-CN").toolsBrought());
        org.junit.jupiter.api.Assertions.assertEquals("ディープクリーニング", sent.getValue().texts().get("ja").name());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(Fixtures.FILE_ID), sent.getValue().imageFileIds());
        org.junit.jupiter.api.Assertions.assertEquals(6000L, sent.getValue().basePriceFen());
    }

    // ---- destructive actions ----

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void rejectingAWorkerNeedsAReasonAndThenCallsThePlatform() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/workers/" + WORKER_ID);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("reason", " ")
                .post("/workers/" + WORKER_ID + "/reject")
                .then().statusCode(422).body(containsString("data-field-error=\"reason\">Required."));
        verify(platform, never()).rejectWorker(anyString(), any());
        when(platform.rejectWorker(eq(WORKER_ID), any())).thenReturn(Fixtures.worker("REJECTED"));
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("reason", "Blurred health certificate")
                .post("/workers/" + WORKER_ID + "/reject")
                .then().statusCode(303).header("Location", containsString("/workers/" + WORKER_ID + "?done=reject"));
        verify(platform).rejectWorker(WORKER_ID, new WorkerApi.ReasonInput("Blurred health certificate"));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherMayNotApproveWorkers() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + ORDER_ID);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .post("/workers/" + WORKER_ID + "/approve")
                .then().statusCode(403);
        verify(platform, never()).approveWorker(anyString(), any());
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void manualDispatchSendsTheChosenWorker() {
        when(platform.assign(eq(ORDER_ID), any())).thenReturn(Fixtures.order("ACCEPTED"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + ORDER_ID);
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("workerId", WORKER_ID).formParam("reason", "regular customer")
                .post("/orders/" + ORDER_ID + "/assign")
                .then().statusCode(303).header("Location", containsString("done=assign"));
        verify(platform).assign(ORDER_ID, new OrderApi.AssignInput(WORKER_ID, "regular customer"));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aPlatformRefusalOfACancellationIsShownInTheUsersLanguage() {
        when(platform.cancel(eq(ORDER_ID), any())).thenThrow(Fixtures.problem(409, "order-transition-not-allowed",
                "订单当前状态不允许取消。", null, null));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + ORDER_ID);
        given().cookie("hearth-lang", "zh-CN").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("reason", "客户要求")
                .post("/orders/" + ORDER_ID + "/cancel")
                .then().statusCode(422)
                .body(containsString("id=\"platform-detail\">订单当前状态不允许取消。"))
                .body(containsString("取消订单"))
                .body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aMissingOrderIsANotFoundPageWithThePlatformsDetailNotAStackTrace() {
        when(platform.order("00000000-0000-0000-0000-000000000000")).thenThrow(Fixtures.problem(404, "not-found",
                "Order not found.", null, null));
        given().get("/orders/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body(containsString("Page not found"))
                .body(containsString("Order not found."))
                .body(not(containsString("at io.hearth")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void anUnreachablePlatformIsAFriendlyPage() {
        when(platform.order(ORDER_ID)).thenThrow(new ProcessingException("connection refused"));
        given().cookie("hearth-lang", "zh-CN").get("/orders/" + ORDER_ID).then().statusCode(503)
                .body(containsString("暂时无法连接平台接口。"))
                .body(not(containsString("connection refused")));
    }

    // ---- language ----

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theLanguageSwitchIsRememberedInACookieAndComesBack() {
        given().redirects().follow(false).get("/lang?to=zh-CN&back=/orders/" + ORDER_ID)
                .then().statusCode(303)
                .header("Location", containsString("/orders/" + ORDER_ID))
                .cookie("hearth-lang", "zh-CN");
        given().cookie("hearth-lang", "zh-CN").get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("订单动态"))
                .body(containsString("人工派单"))
                .body(containsString("待派单"));
        given().cookie("hearth-lang", "en").get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Manual dispatch"));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void withoutACookieTheBrowsersLanguageIsUsed() {
        when(platform.customers(any(), any(), any(), any(), any(), anyInt()))
                .thenReturn(new io.hearth.portal.api.CustomerApi.Page(List.of(), null));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get("/customers").then().statusCode(200)
                .body(containsString("手机号、尾号四位或昵称"));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theSwitchDoesNotRedirectElsewhere() {
        given().redirects().follow(false).get("/lang?to=en&back=//evil.example/x").then().statusCode(303)
                .header("Location", not(containsString("evil")))
                .header("Location", org.hamcrest.Matchers.endsWith(":" + io.restassured.RestAssured.port + "/"));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void thePlatformIsAskedInTheUsersLanguage() {
        given().cookie("hearth-lang", "zh-CN").get("/test/platform-language").then().statusCode(200).body(equalTo("zh-CN"));
        given().header("Accept-Language", "en-GB").get("/test/platform-language").then().statusCode(200).body(equalTo("en"));
    }
}
