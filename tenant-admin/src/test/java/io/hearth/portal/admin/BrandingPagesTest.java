package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.BrandingApi;
import io.hearth.portal.api.DispatchApi;
import io.hearth.portal.api.FileApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings → branding: owner and marketing edit the name, colour, logo, AppID and service phone with a live preview
 * of the mini program; other roles are refused; the portal's and the platform's field errors are shown at the
 * fields; a chosen logo is uploaded as TENANT_LOGO before the branding is saved with its id; CSRF guards the
 * multipart form.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BrandingPagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String LOGO_ID = "12121212-1212-1212-1212-121212121212";
    static final String NEW_LOGO_ID = "34343434-3434-3434-3434-343434343434";
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5 };

    @InjectMock
    @RestClient
    PlatformClient platform;

    static BrandingApi.Branding stored(String color, String logoFileId) {
        return new BrandingApi.Branding("Sparkle Home", color, logoFileId, null,
                logoFileId == null ? null : "/api/app/files/" + logoFileId, "wx0123456789abcdef", "400-820-8820",
                "sparkle.h5.example.com", 7);
    }

    @BeforeEach
    void platformAnswers() {
        when(platform.branding()).thenReturn(stored("#0a7cff", LOGO_ID));
        when(platform.dispatchSettings()).thenReturn(new DispatchApi.Settings("GRAB", 60,
                new DispatchApi.DispatchRules(5, 15, 3, 300, 30, 900)));
        when(platform.monitorRules()).thenReturn(new DispatchApi.MonitorRules(15, 30, 15, 50));
    }

    /** The multipart form as a browser sends it: CSRF token, the fields, and an empty file part when none chosen. */
    static RequestSpecification form(Fixtures.Csrf csrf) {
        return given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie())
                .multiPart("csrf-token", csrf.token()).multiPart("version", "7")
                .multiPart("logoFileId", LOGO_ID);
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void theOwnerSeesTheFormThePreviewAndTheReadOnlyH5Host() {
        given().get("/settings/branding").then().statusCode(200)
                .body(containsString("name=\"displayName\" value=\"Sparkle Home\""))
                .body(containsString("name=\"primaryColor\" value=\"#0a7cff\""))
                .body(containsString("type=\"color\""))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("name=\"version\" value=\"7\""))
                .body(containsString("name=\"miniProgramAppId\" value=\"wx0123456789abcdef\""))
                .body(containsString("name=\"servicePhone\" value=\"400-820-8820\""))
                .body(containsString("id=\"h5Host\" value=\"sparkle.h5.example.com\" readonly"))
                .body(not(containsString("name=\"h5Host\"")))
                // the current logo through the portal's file proxy, in the form and in the preview
                .body(containsString("src=\"/files/" + LOGO_ID + "\""))
                .body(containsString("id=\"removeLogo\""))
                // the phone mock in the chosen colour, with the name, sample services and a primary button
                .body(containsString("id=\"pv-name\">Sparkle Home</span>"))
                .body(containsString("class=\"pm-button\" id=\"pv-button\" data-brand-bg style=\"background-color: #0a7cff\""))
                .body(containsString("Deep cleaning")).body(containsString("Book now"))
                // #0a7cff with white text: 3.93:1, below AA
                .body(containsString("id=\"contrast-warning\" role=\"status\" >"))
                .body(containsString("<span id=\"contrast-ratio\">3.93</span>"))
                // the script is the page's own (no CDN) and keeps picker and hex in step
                .body(containsString("function whiteContrast(c)"))
                .body(not(containsString("cdn")))
                .body(containsString("data-tab=\"branding\""))
                .body(containsString("data-menu=\"settings\""));
    }

    @Test
    @TestSecurity(user = "mkt", roles = "marketing")
    void marketingEditsToo() {
        when(platform.branding()).thenReturn(stored("#7c2d12", null));
        given().get("/settings/branding").then().statusCode(200)
                .body(containsString("name=\"displayName\" value=\"Sparkle Home\""))
                .body(containsString("id=\"contrast-warning\" role=\"status\" hidden>"))
                .body(containsString("No logo yet."))
                .body(not(containsString("id=\"removeLogo\"")));
        // The settings tabs offer branding to marketing next to the templates, not dispatch.
        when(platform.notificationTemplates()).thenReturn(java.util.List.of());
        given().get("/settings/templates").then().statusCode(200)
                .body(containsString("data-tab=\"branding\"")).body(not(containsString("data-tab=\"dispatch\"")));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherMayNotSeeOrSaveTheBranding() {
        given().get("/settings/branding").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/settings/dispatch").then().statusCode(200).body(not(containsString("data-tab=\"branding\"")));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/dispatch");
        form(csrf).multiPart("displayName", "Mine").post("/settings/branding").then().statusCode(403);
        verify(platform, never()).putBranding(any());
        verify(platform, never()).branding();
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeAndCustomerServiceMayNot() {
        given().get("/settings/branding").then().statusCode(403).body(containsString(FORBIDDEN));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceMayNot() {
        given().get("/settings/branding").then().statusCode(403);
        given().get("/settings/templates").then().statusCode(200).body(not(containsString("data-tab=\"branding\"")));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void savingWithoutANewLogoSendsTheFieldsAndKeepsTheLogo() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        // Browsers send the fields of a UTF-8 page in UTF-8.
        form(csrf).multiPart(new MultiPartSpecBuilder("  洁家家政 ").controlName("displayName").charset("UTF-8").build())
                .multiPart("primaryColor", "#7C2D12")
                .multiPart("miniProgramAppId", "wxfedcba9876543210").multiPart("servicePhone", "021-64451234")
                .multiPart("logo", "", new byte[0], "application/octet-stream")
                .post("/settings/branding").then().statusCode(303)
                .header("Location", containsString("/settings/branding?saved=1"));
        verify(platform).putBranding(new BrandingApi.Change("洁家家政", "#7C2D12", LOGO_ID, "wxfedcba9876543210",
                "021-64451234", 7));
        verify(platform, never()).uploadFile(any(), anyString());
        given().get("/settings/branding?saved=1").then().statusCode(200)
                .body(containsString("Branding saved: the mini program shows it now."));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void aChosenLogoIsUploadedAsTenantLogoAndSavedWithItsId() {
        AtomicReference<byte[]> received = new AtomicReference<>();
        when(platform.uploadFile(any(File.class), eq("TENANT_LOGO"))).thenAnswer(call -> {
            received.set(Files.readAllBytes(((File) call.getArgument(0)).toPath()));
            return new FileApi.Info(NEW_LOGO_ID, "TENANT_LOGO", "image/png", PNG.length, "PUBLIC", "ab", Instant.now());
        });
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        form(csrf).multiPart("displayName", "Sparkle").multiPart("primaryColor", "")
                .multiPart("logo", "logo.png", PNG, "image/png")
                .post("/settings/branding").then().statusCode(303);
        assertArrayEquals(PNG, received.get());
        verify(platform).putBranding(new BrandingApi.Change("Sparkle", null, NEW_LOGO_ID, null, null, 7));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void removingTheLogoSendsNoLogo() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        form(csrf).multiPart("displayName", "Sparkle").multiPart("removeLogo", "true")
                .post("/settings/branding").then().statusCode(303);
        verify(platform).putBranding(new BrandingApi.Change("Sparkle", null, null, null, null, 7));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void thePortalsChecksAreShownAtTheFieldsAndNothingIsSent() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        form(csrf).multiPart("displayName", " ").multiPart("primaryColor", "orange")
                .multiPart("miniProgramAppId", "wx123").multiPart("servicePhone", "call us")
                .multiPart("logo", "logo.png", PNG, "image/png")
                .post("/settings/branding").then().statusCode(422)
                .body(containsString("Please correct the highlighted fields."))
                .body(containsString("data-field-error=\"displayName\">Required."))
                .body(containsString("data-field-error=\"primaryColor\">Use # and six hexadecimal digits"))
                .body(containsString("data-field-error=\"miniProgramAppId\">An AppID is wx followed by 16"))
                .body(containsString("data-field-error=\"servicePhone\">Use 5 to 20 digits"))
                .body(containsString("value=\"orange\""))
                // the preview falls back to the default colour while the typed one is not a colour
                .body(containsString("data-brand-bg style=\"background-color: #c2410c\""))
                .body(containsString("id=\"h5Host\" value=\"sparkle.h5.example.com\""));
        verify(platform, never()).uploadFile(any(), anyString());
        verify(platform, never()).putBranding(any());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void thePlatformsRefusalsAreShownAtTheFieldsInTheViewersLanguage() {
        when(platform.putBranding(any())).thenThrow(Fixtures.problem(409, "tenant-app-id-taken",
                "小程序 AppID wxfedcba9876543210 已属于其他租户。", "miniProgramAppId", "该 AppID 已被其他租户使用。"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        form(csrf).cookie("hearth-lang", "zh-CN").multiPart("displayName", "Sparkle")
                .multiPart("miniProgramAppId", "wxfedcba9876543210")
                .post("/settings/branding").then().statusCode(422)
                .body(containsString("data-field-error=\"miniProgramAppId\">该 AppID 已被其他租户使用。"))
                .body(containsString("小程序 AppID wxfedcba9876543210 已属于其他租户。"))
                .body(containsString("客户看到的名称"))
                .body(containsString("实时预览：小程序首页"));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void aRefusedUploadIsShownAtTheLogoAndTheBrandingIsNotSaved() {
        when(platform.uploadFile(any(File.class), eq("TENANT_LOGO"))).thenThrow(Fixtures.problem(413, "file-too-large",
                "The file has 2000000 bytes; at most 1048576 bytes are accepted for image/png.", null, null));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        form(csrf).multiPart("displayName", "Sparkle").multiPart("logo", "big.png", PNG, "image/png")
                .post("/settings/branding").then().statusCode(422)
                .body(containsString("data-field-error=\"logo\">The file has 2000000 bytes"));
        verify(platform, never()).putBranding(any());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void withoutTheCsrfTokenNothingIsUploadedOrSaved() {
        given().multiPart("displayName", "Sparkle").multiPart("version", "7").multiPart("logo", "logo.png", PNG, "image/png")
                .post("/settings/branding").then().statusCode(400)
                .body(containsString("The form has expired or was not sent from this portal."));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/settings/branding");
        given().cookie("hearth-csrf", csrf.cookie()).multiPart("csrf-token", "forged").multiPart("displayName", "Sparkle")
                .multiPart("version", "7").post("/settings/branding").then().statusCode(400);
        verify(platform, never()).uploadFile(any(), anyString());
        verify(platform, never()).putBranding(any());
    }
}
