package io.hearth.portal.admin;

import static io.hearth.portal.admin.CustomerFixtures.CUSTOMER_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CustomerApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers: the list and a customer's page per role (owner, customer service, marketing see them; dispatcher and
 * finance do not), the filters and cursor sent to the platform, the notes form (portal checks, the platform's field
 * errors and its stale-version refusal) and the phone reveal behind a confirmation.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CustomerPagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String PAGE = "/customers/" + CUSTOMER_ID;

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() {
        when(platform.customers(any(), any(), any(), any(), any(), anyInt())).thenReturn(CustomerFixtures.page("next-1"));
        when(platform.customer(CUSTOMER_ID)).thenReturn(CustomerFixtures.detail(2));
    }

    // ---- list ----

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void theListShowsMaskedPhonesStatsAndAPagerAndSendsTheFilters() {
        given().cookie("hearth-lang", "en").queryParam("q", " 0001 ").queryParam("memberLevel", "GOLD")
                .queryParam("registeredFrom", "2026-01-01").get("/customers").then().statusCode(200)
                .body(containsString("data-menu=\"customers\""))
                .body(containsString("href=\"/customers/" + CUSTOMER_ID + "\">Li Na</a>"))
                .body(containsString("138****0001"))
                .body(containsString("(no nickname)"))
                .body(containsString("<td class=\"text-end\" data-orders>7</td>"))
                .body(containsString("¥1234.50"))
                .body(containsString("Phone, last four digits or nickname"))
                .body(containsString("href=\"/customers?q=0001&amp;memberLevel=GOLD&amp;registeredFrom=2026-01-01&amp;cursor=next-1\""));
        verify(platform).customers("0001", "GOLD", "2026-01-01", null, null, CustomerPages.PER_PAGE);

        given().get("/customers?cursor=next-1").then().statusCode(200)
                .body(containsString("data-page=\"first\""));
        verify(platform).customers(isNull(), isNull(), isNull(), isNull(), eq("next-1"), anyInt());
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void aBadDateIsShownAtItsFieldAndThePlatformsRefusalAsAMessage() {
        given().get("/customers?registeredTo=31.12.2026").then().statusCode(422)
                .body(containsString("data-field-error=\"registeredTo\""))
                .body(containsString("value=\"31.12.2026\""));
        verify(platform, never()).customers(any(), any(), any(), any(), any(), anyInt());
        when(platform.customers(any(), eq("gold level!"), any(), any(), any(), anyInt())).thenThrow(Fixtures.problem(400,
                "customer-filter-invalid", "Filter memberLevel has a value that is not understood.", null, null));
        given().queryParam("memberLevel", "gold level!").get("/customers").then().statusCode(422)
                .body(containsString("Filter memberLevel has a value that is not understood"));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void theListIsInChineseToo() {
        given().cookie("hearth-lang", "zh-CN").get("/customers").then().statusCode(200)
                .body(containsString("手机号、尾号四位或昵称"))
                .body(containsString("注册时间"))
                .body(containsString("（未设置昵称）"));
    }

    // ---- roles ----

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherMayNotSeeCustomers() {
        given().get("/customers").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get(PAGE).then().statusCode(403).body(containsString(FORBIDDEN));
        verify(platform, never()).customers(any(), any(), any(), any(), any(), anyInt());
        verify(platform, never()).customer(any());
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeMayNotSeeCustomersEither() {
        given().get("/customers").then().statusCode(403);
        given().get(PAGE).then().statusCode(403);
        given().get("/coming/customers").then().statusCode(404);
    }

    // ---- detail ----

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void theOwnerSeesTheWholeCustomerWithNotesFormAndTheRevealButton() {
        given().cookie("hearth-lang", "en").get(PAGE).then().statusCode(200)
                .body(containsString("Li Na"))
                .body(containsString("138****0001"))
                .body(containsString("data-stat=\"total\">7</dd>"))
                .body(containsString("data-stat=\"paid\">¥1234.50</dd>"))
                .body(containsString("data-stat=\"complaints\">1</dd>"))
                .body(containsString("Member discount 5%"))
                .body(containsString("data-points>320</strong>"))
                .body(containsString("Used for an order"))
                .body(containsString("Xihu Wensan****"))
                .body(containsString("*******5678"))
                .body(containsString("href=\"/orders/" + Fixtures.ORDER_ID + "\">HO20261122000001</a>"))
                .body(containsString("Female"))
                .body(containsString("Prefers mornings"))
                .body(containsString("Last changed by li-owner"))
                .body(containsString("id=\"notes-form\""))
                .body(containsString("name=\"version\" value=\"2\""))
                .body(containsString("name=\"tags\" value=\"VIP, cats\""))
                .body(containsString("id=\"reveal-form\" data-confirm=\"Show this customer"))
                .body(not(containsString("revealed-phone")));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void marketingReadsWithoutNotesFormRevealOrOrderLinks() {
        given().cookie("hearth-lang", "zh-CN").get(PAGE).then().statusCode(200)
                .body(containsString("员工备注与标签"))
                .body(containsString("Prefers mornings"))
                .body(containsString("会员折扣 5%"))
                .body(not(containsString("id=\"notes-form\"")))
                .body(not(containsString("id=\"reveal-form\"")))
                .body(not(containsString("href=\"/orders/")))
                .body(containsString("HO20261122000001"));
        // A valid CSRF token from a form marketing may use (notification templates): only the role refuses.
        when(platform.notificationTemplate("accepted", "IN_APP", "en")).thenReturn(TemplatePagesTest.inApp(true));
        Fixtures.Csrf csrf = Fixtures.Csrf.from(TemplatePagesTest.IN_APP);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("note", "mine").formParam("version", "2").post(PAGE + "/notes").then().statusCode(403);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .post(PAGE + "/phone").then().statusCode(403);
        verify(platform, never()).putCustomerNotes(any(), any());
        verify(platform, never()).revealCustomerPhone(any());
    }

    // ---- notes ----

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void savingNotesSendsTrimmedDeduplicatedTagsAndTheVersion() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(PAGE);
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("note", "  Call after 6pm  ")
                .formParam("tags", " VIP , cats，vip、, 晚上联系 ").formParam("version", "2")
                .post(PAGE + "/notes").then().statusCode(303).header("Location", containsString(PAGE + "?done=notes"));
        verify(platform).putCustomerNotes(CUSTOMER_ID,
                new CustomerApi.NotesInput("Call after 6pm", List.of("VIP", "cats", "晚上联系"), 2));
        given().cookie("hearth-lang", "en").get(PAGE + "?done=notes").then().statusCode(200)
                .body(containsString("The notes are saved."));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void thePortalChecksTheNotesBeforeSendingThem() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(PAGE);
        given().cookie("hearth-lang", "en").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("note", "n".repeat(1001))
                .formParam("tags", "a,b,c,d,e,f,g,h,i,j,k").formParam("version", "2")
                .post(PAGE + "/notes").then().statusCode(422)
                .body(containsString("data-field-error=\"note\">At most 1000 characters."))
                .body(containsString("data-field-error=\"tags\">At most 10 tags."))
                .body(containsString("value=\"a,b,c,d,e,f,g,h,i,j,k\""));
        given().cookie("hearth-lang", "en").cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("tags", "x".repeat(21)).formParam("version", "2")
                .post(PAGE + "/notes").then().statusCode(422)
                .body(containsString("data-field-error=\"tags\">A tag has at most 20 characters."));
        given().contentType(Fixtures.FORM).formParam("note", "x").formParam("version", "2").post(PAGE + "/notes")
                .then().statusCode(400);
        verify(platform, never()).putCustomerNotes(any(), any());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void thePlatformsFieldErrorsAndAStaleVersionAreShownWithTheForm() {
        when(platform.putCustomerNotes(eq(CUSTOMER_ID), any())).thenThrow(Fixtures.problem(422, "customer-notes-invalid",
                "The notes were not saved: correct the marked fields.", "tags[1]", "A tag has at most 20 characters."));
        Fixtures.Csrf csrf = Fixtures.Csrf.from(PAGE);
        when(platform.customer(CUSTOMER_ID)).thenReturn(CustomerFixtures.detail(3)); // someone saved meanwhile
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("note", "ok").formParam("tags", "a, b").formParam("version", "2")
                .post(PAGE + "/notes").then().statusCode(422)
                .body(containsString("The notes were not saved: correct the marked fields."))
                .body(containsString("data-field-error=\"tags\">A tag has at most 20 characters."))
                .body(containsString("name=\"version\" value=\"2\"")); // the one being edited, not the newer 3

        doThrow(Fixtures.problem(409, "customer-notes-stale", "Someone else changed this customer's notes meanwhile.",
                null, null)).when(platform).putCustomerNotes(eq(CUSTOMER_ID), any());
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("note", "My version").formParam("tags", "").formParam("version", "2")
                .post(PAGE + "/notes").then().statusCode(422)
                .body(containsString("Someone else changed this customer"))
                .body(containsString(">My version</textarea>"))
                .body(containsString("name=\"version\" value=\"3\""));
    }

    // ---- phone ----

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void thePhoneIsShownOnlyAfterTheConfirmedRequestAndNeverInTheUrl() {
        when(platform.revealCustomerPhone(CUSTOMER_ID)).thenReturn(new CustomerApi.PhoneReveal(CUSTOMER_ID, "+8613800000001"));
        given().get(PAGE).then().statusCode(200).body(not(containsString("+8613800000001")));
        verify(platform, never()).revealCustomerPhone(any());
        Fixtures.Csrf csrf = Fixtures.Csrf.from(PAGE);
        given().redirects().follow(false).cookie("hearth-lang", "en").cookie("hearth-csrf", csrf.cookie())
                .contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .post(PAGE + "/phone").then().statusCode(200)
                .body(containsString("<a href=\"tel:+8613800000001\" id=\"revealed-phone\">+8613800000001</a>"))
                .body(containsString("recorded in the audit log"));
        verify(platform, times(1)).revealCustomerPhone(CUSTOMER_ID);
        given().contentType(Fixtures.FORM).post(PAGE + "/phone").then().statusCode(400);
        verify(platform, times(1)).revealCustomerPhone(CUSTOMER_ID);
    }
}
