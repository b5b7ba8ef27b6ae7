package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.StaffApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts: the owner lists the accounts, creates one (the temporary password shown once), changes roles,
 * disables / enables and resets a password behind a confirmation; the portal's and the platform's refusals land on the
 * form; other roles get the 403 page; CSRF; what reaches the platform; both languages.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffPagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String OWNER_ID = "0aaaaaaa-0000-4000-8000-000000000001";
    static final String STAFF_ID = "0aaaaaaa-0000-4000-8000-000000000002";

    static final StaffApi.Account OWNER = new StaffApi.Account(OWNER_ID, "sparkle-owner", "mei@sparkle.example", "Mei",
            "Lin", List.of("owner"), true, Instant.parse("2026-11-01T02:00:00Z"));
    static final StaffApi.Account DISPATCHER = new StaffApi.Account(STAFF_ID, "wang-fang", "fang@sparkle.example", "Fang",
            "Wang", List.of("dispatcher", "customer-service"), false, Instant.parse("2026-11-02T02:00:00Z"));

    @InjectMock
    @RestClient
    PlatformClient platform;

    @BeforeEach
    void platformAnswers() {
        when(platform.staff(any())).thenReturn(new StaffApi.Staff(List.of(OWNER, DISPATCHER), 1, 5));
        when(platform.staffAccount(STAFF_ID)).thenReturn(DISPATCHER);
        when(platform.staffAccount(OWNER_ID)).thenReturn(OWNER);
    }

    static RequestSpecification form(Fixtures.Csrf csrf) {
        return given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token());
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void theOwnerSeesEveryAccountWithRolesAndStatus() {
        given().get("/staff").then().statusCode(200)
                .body(containsString("data-menu=\"staff\""))
                .body(containsString("1 of the 5 enabled accounts your plan allows are in use."))
                .body(containsString("<a href=\"/staff/" + STAFF_ID + "\">wang-fang</a>"))
                .body(containsString("Fang Wang"))
                .body(containsString("fang@sparkle.example"))
                .body(containsString("data-role=\"dispatcher\">Dispatcher</span>"))
                .body(containsString("data-role=\"customer-service\">Customer service</span>"))
                .body(containsString("data-role=\"owner\">Owner</span>"))
                .body(containsString("data-status=\"disabled\">Disabled</span>"))
                .body(containsString("data-status=\"enabled\">Enabled</span>"))
                .body(containsString("id=\"invite-form\""))
                .body(containsString("name=\"roles\" value=\"catalog-manager\""))
                .body(containsString("name=\"csrf-token\""));
        given().queryParam("q", " fang ").get("/staff").then().statusCode(200);
        verify(platform).staff("fang");
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void withoutAPlanTheCountIsShownWithoutALimit() {
        when(platform.staff(any())).thenReturn(new StaffApi.Staff(List.of(OWNER), 1, null));
        given().get("/staff").then().statusCode(200).body(containsString("Enabled accounts: 1."));
    }

    @Test
    @TestSecurity(user = "disp", roles = { "dispatcher", "customer-service", "finance", "marketing", "catalog-manager" })
    void everyOtherRoleGetsTheForbiddenPageAndChangesNothing() {
        given().get("/staff").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/staff/" + STAFF_ID).then().statusCode(403);
        given().get("/settings/dispatch").then().statusCode(200) // a page these roles may see, without the entry
                .body(containsString("data-menu=\"settings\"")).body(not(containsString("data-menu=\"staff\"")));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/dispatch");
        form(csrf).formParam("username", "sneaky").formParam("email", "s@x.example").formParam("firstName", "S")
                .formParam("roles", "owner").post("/staff").then().statusCode(403);
        form(csrf).post("/staff/" + STAFF_ID + "/enable").then().statusCode(403);
        form(csrf).post("/staff/" + OWNER_ID + "/password-reset").then().statusCode(403);
        form(csrf).formParam("roles", "owner").post("/staff/" + STAFF_ID + "/roles").then().statusCode(403);
        verify(platform, never()).inviteStaff(any());
        verify(platform, never()).enableStaff(anyString());
        verify(platform, never()).resetStaffPassword(anyString());
        verify(platform, never()).setStaffRoles(anyString(), any());
        verify(platform, never()).staff(any());
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void creatingAnAccountSendsItAndShowsTheTemporaryPasswordOnce() {
        StaffApi.Account created = new StaffApi.Account(STAFF_ID, "li-na", "na@sparkle.example", "Na", "Li",
                List.of("dispatcher", "finance"), true, Instant.now());
        when(platform.inviteStaff(any())).thenReturn(new StaffApi.Invited(created, "Temp-K7pQ2mZx9a"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff");

        form(csrf).formParam("username", " li-na ").formParam("email", "na@sparkle.example").formParam("firstName", "Na")
                .formParam("lastName", "Li").formParam("roles", "finance").formParam("roles", "dispatcher")
                .post("/staff").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Account li-na is created."))
                .body(containsString("id=\"temporary-password\">Temp-K7pQ2mZx9a</p>"))
                .body(containsString("li-na must change it at the first sign-in."))
                .body(containsString("href=\"/staff/" + STAFF_ID + "\""));
        verify(platform).inviteStaff(new StaffApi.Invite("li-na", "na@sparkle.example", "Na", "Li",
                List.of("dispatcher", "finance")));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void thePortalChecksTheFormBeforeSendingIt() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff");
        form(csrf).formParam("username", "li-na").formParam("email", " ").formParam("lastName", "Li")
                .post("/staff").then().statusCode(422)
                .body(containsString("data-field-error=\"email\">Required."))
                .body(containsString("data-field-error=\"firstName\">Required."))
                .body(containsString("data-field-error=\"roles\">Choose at least one role."))
                .body(containsString("value=\"li-na\""))
                .body(containsString("value=\"Li\""))
                .body(containsString("Please correct the highlighted fields."));
        form(csrf).formParam("username", "li-na").formParam("email", "na@sparkle.example").formParam("firstName", "Na")
                .formParam("roles", "dispatcher").formParam("roles", "platform-admin")
                .post("/staff").then().statusCode(422)
                .body(containsString("data-field-error=\"roles\">Choose roles from the list."))
                .body(containsString("id=\"invite-role-dispatcher\" checked"));
        verify(platform, never()).inviteStaff(any());
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void thePlatformsRefusalsLandOnTheForm() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff");
        when(platform.inviteStaff(any())).thenThrow(Fixtures.problem(409, "directory-conflict",
                "li-na is already used in the identity provider by another organization or account.", "username",
                "Already used by another account: choose another value."));
        form(csrf).formParam("username", "li-na").formParam("email", "na@sparkle.example").formParam("firstName", "Na")
                .formParam("roles", "finance").post("/staff").then().statusCode(422)
                .body(containsString("li-na is already used in the identity provider"))
                .body(containsString("data-field-error=\"username\">Already used by another account"))
                .body(containsString("id=\"invite-role-finance\" checked"));

        doThrow(Fixtures.problem(409, "staff-limit-reached",
                "Your plan allows 5 enabled staff accounts and all of them are in use.", null, null))
                .when(platform).inviteStaff(any());
        form(csrf).formParam("username", "li-na").formParam("email", "na@sparkle.example").formParam("firstName", "Na")
                .formParam("roles", "finance").post("/staff").then().statusCode(422)
                .body(containsString("id=\"platform-detail\">Your plan allows 5 enabled staff accounts"));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void anAccountsRolesAreEditedAndSent() {
        given().get("/staff/" + STAFF_ID).then().statusCode(200)
                .body(containsString("id=\"role-dispatcher\" checked"))
                .body(containsString("id=\"role-customer-service\" checked"))
                .body(not(containsString("id=\"role-owner\" checked")))
                .body(containsString("action=\"/staff/" + STAFF_ID + "/enable\""))
                .body(containsString("data-confirm=\"Enable wang-fang again?\""))
                .body(containsString("data-confirm=\"Reset the password of wang-fang? The current password stops working at once.\""))
                .body(not(containsString("/disable\"")));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff/" + STAFF_ID);

        form(csrf).formParam("roles", "marketing").formParam("roles", "owner").post("/staff/" + STAFF_ID + "/roles")
                .then().statusCode(303).header("Location", containsString("/staff/" + STAFF_ID + "?done=roles"));
        verify(platform).setStaffRoles(STAFF_ID, new StaffApi.RolesChange(List.of("owner", "marketing")));
        given().get("/staff/" + STAFF_ID + "?done=roles").then().statusCode(200).body(containsString("The roles are saved."));

        form(csrf).post("/staff/" + STAFF_ID + "/roles").then().statusCode(422)
                .body(containsString("data-field-error=\"roles\">Choose at least one role."));
        when(platform.setStaffRoles(eq(OWNER_ID), any())).thenThrow(Fixtures.problem(409, "staff-last-owner",
                "sparkle-owner is the only enabled owner of this company.", null, null));
        form(csrf).formParam("roles", "finance").post("/staff/" + OWNER_ID + "/roles").then().statusCode(422)
                .body(containsString("sparkle-owner is the only enabled owner of this company."))
                .body(containsString("id=\"role-finance\" checked"));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void disablingAndEnablingGoThroughAConfirmationAndThePlatform() {
        given().get("/staff/" + OWNER_ID).then().statusCode(200)
                .body(containsString("id=\"disable-form\" data-confirm=\"Disable sparkle-owner? The account is signed out"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff/" + STAFF_ID);

        form(csrf).post("/staff/" + STAFF_ID + "/enable").then().statusCode(303)
                .header("Location", containsString("done=enabled"));
        verify(platform).enableStaff(STAFF_ID);
        form(csrf).post("/staff/" + STAFF_ID + "/disable").then().statusCode(303)
                .header("Location", containsString("done=disabled"));
        verify(platform).disableStaff(STAFF_ID);

        when(platform.disableStaff(OWNER_ID)).thenThrow(Fixtures.problem(409, "staff-self-disable",
                "You cannot disable your own account.", null, null));
        form(csrf).post("/staff/" + OWNER_ID + "/disable").then().statusCode(422)
                .body(containsString("You cannot disable your own account."));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void aPasswordResetShowsTheNewTemporaryPasswordOnce() {
        when(platform.resetStaffPassword(STAFF_ID)).thenReturn(new StaffApi.PasswordReset(DISPATCHER, "Temp-R3setPw42x"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff/" + STAFF_ID);

        form(csrf).post("/staff/" + STAFF_ID + "/password-reset").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("The password of wang-fang is reset."))
                .body(containsString(">Temp-R3setPw42x<"))
                .body(containsString("wang-fang must change it at the first sign-in."));
        verify(platform).resetStaffPassword(STAFF_ID);
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void withoutTheCsrfTokenNothingChanges() {
        given().contentType(Fixtures.FORM).formParam("username", "li-na").formParam("email", "na@sparkle.example")
                .formParam("firstName", "Na").formParam("roles", "finance").post("/staff").then().statusCode(400);
        given().contentType(Fixtures.FORM).post("/staff/" + STAFF_ID + "/disable").then().statusCode(400);
        given().contentType(Fixtures.FORM).post("/staff/" + STAFF_ID + "/password-reset").then().statusCode(400);
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff");
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", "forged")
                .formParam("roles", "owner").post("/staff/" + STAFF_ID + "/roles").then().statusCode(400);
        verify(platform, never()).inviteStaff(any());
        verify(platform, never()).disableStaff(anyString());
        verify(platform, never()).resetStaffPassword(anyString());
        verify(platform, never()).setStaffRoles(anyString(), any());
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void anAccountOfAnotherCompanyIsNotFound() {
        String other = "0bbbbbbb-0000-4000-8000-000000000009";
        when(platform.staffAccount(other)).thenThrow(Fixtures.problem(404, "not-found",
                "Staff member " + other + " does not exist.", null, null));
        given().get("/staff/" + other).then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void inChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/staff").then().statusCode(200)
                .body(containsString("员工账号"))
                .body(containsString("套餐允许 5 个启用中的账号，已使用 1 个。"))
                .body(containsString("调度员")).body(containsString("已停用"))
                .body(containsString("首次登录时必须修改密码"));
        when(platform.resetStaffPassword(STAFF_ID)).thenReturn(new StaffApi.PasswordReset(DISPATCHER, "Temp-R3setPw42x"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/staff/" + STAFF_ID);
        form(csrf).cookie("hearth-lang", "zh-CN").post("/staff/" + STAFF_ID + "/password-reset").then().statusCode(200)
                .body(containsString("wang-fang 的密码已重置。"))
                .body(containsString("wang-fang 首次登录时必须修改密码"));
    }
}
