package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ITEM_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Packages: the form (item choices, rows, both languages), the price typed in yuan and sent in fen without floating
 * point, the included items as sent (blank rows left out, each item once), the platform's refusals at the fields,
 * the other languages kept on edit, disabling with a confirmation, and who may do it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PackagePagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String PKG_ID = "66666666-6666-6666-6666-666666666666";
    static final String OTHER_ITEM = "22222222-2222-2222-2222-999999999999";

    @InjectMock
    @RestClient
    PlatformClient platform;

    static CatalogApi.Item otherItem() {
        return new CatalogApi.Item(OTHER_ITEM, Fixtures.CATEGORY_ID, "PER_VISIT", 3000, 60, 1, null, List.of(), List.of(),
                false, 0, Map.of("en", new CatalogApi.ItemText("Window cleaning", null, null, null, null)), Instant.now());
    }

    @BeforeEach
    void platformAnswers() {
        when(platform.categories()).thenReturn(List.of(Fixtures.category()));
        when(platform.packages()).thenReturn(List.of(Fixtures.pkg()));
        when(platform.items(isNull(), anyInt(), anyInt()))
                .thenReturn(new CatalogApi.Page<>(List.of(Fixtures.item(), otherItem()), 0, 200, 2));
        when(platform.catalogPackage(PKG_ID)).thenReturn(new CatalogApi.Package(PKG_ID, "spring-pack", 240, 39900,
                LocalDate.of(2026, 3, 1), null, true, List.of(new CatalogApi.Included(ITEM_ID, 2)),
                Map.of("en", new CatalogApi.NamedText("Spring package", null),
                        "ja", new CatalogApi.NamedText("春のパック", "説明")),
                Instant.now()));
        when(platform.createPackage(any())).thenReturn(Fixtures.pkg());
        when(platform.updatePackage(anyString(), any())).thenReturn(Fixtures.pkg());
    }

    private static RequestSpecification form(Fixtures.Csrf csrf) {
        return given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token());
    }

    /** A complete new package, as a browser sends it; {@code price} as typed. */
    private static RequestSpecification newPackage(Fixtures.Csrf csrf, String price) {
        return form(csrf).formParam("code", "deep-3h").formParam("durationMinutes", "180").formParam("priceFen", price)
                .formParam("items[0].itemId", ITEM_ID).formParam("items[0].quantity", "2")
                .formParam("texts[zh-CN].name", "三小时深度保洁").formParam("texts[en].name", "3-hour deep clean")
                .formParam("enabled", "true");
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void theListOffersNewEditAndADisableThatAsksFirst() {
        given().get("/catalog").then().statusCode(200)
                .body(containsString("href=\"/catalog/packages/new\""))
                .body(containsString("href=\"/catalog/packages/" + PKG_ID + "/edit\""))
                .body(containsString("action=\"/catalog/packages/" + PKG_ID + "/disable\""))
                .body(containsString("data-confirm=\"Disable this package? Customers can no longer book it.\""));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void theNewFormOffersTheTenantsItemsARowAndBothLanguages() {
        given().get("/catalog/packages/new").then().statusCode(200)
                .body(containsString("id=\"package-form\""))
                .body(containsString("action=\"/catalog/packages\""))
                .body(containsString("name=\"items[0].itemId\""))
                .body(containsString("name=\"items[0].quantity\""))
                .body(containsString("<option value=\"" + ITEM_ID + "\">Deep cleaning</option>"))
                .body(containsString("Window cleaning (disabled)"))
                .body(containsString("id=\"package-row-template\""))
                .body(containsString("name=\"texts[zh-CN].name\""))
                .body(containsString("name=\"texts[en].name\""))
                .body(containsString("data-next-index=\"1\""));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void theEditFormShowsThePackageAsStored() {
        given().get("/catalog/packages/" + PKG_ID + "/edit").then().statusCode(200)
                .body(containsString("action=\"/catalog/packages/" + PKG_ID + "\""))
                .body(containsString("name=\"priceFen\" value=\"399.00\""))
                .body(containsString("name=\"durationMinutes\" value=\"240\""))
                .body(containsString("name=\"validFrom\" value=\"2026-03-01\""))
                .body(containsString("<option value=\"" + ITEM_ID + "\" selected>Deep cleaning</option>"))
                .body(containsString("name=\"items[0].quantity\" value=\"2\""))
                .body(containsString("value=\"Spring package\""))
                .body(containsString("data-confirm-off=\"Disable this package?"));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void thePriceIsTypedInYuanAndSentInFen() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/packages/new");
        newPackage(csrf, "399.9").post("/catalog/packages").then().statusCode(303)
                .header("Location", containsString("/catalog?saved=true"));
        ArgumentCaptor<CatalogApi.PackageInput> sent = ArgumentCaptor.forClass(CatalogApi.PackageInput.class);
        verify(platform).createPackage(sent.capture());
        CatalogApi.PackageInput in = sent.getValue();
        assertEquals(39990L, in.priceFen());
        assertEquals("deep-3h", in.code());
        assertEquals(180, in.durationMinutes());
        assertEquals(Boolean.TRUE, in.enabled());
        assertEquals(List.of(new CatalogApi.Included(ITEM_ID, 2)), in.items());
        assertEquals("三小时深度保洁", in.texts().get("zh-CN").name());
        assertEquals("3-hour deep clean", in.texts().get("en").name());
        assertEquals(null, in.validFrom());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aPriceThatIsNoAmountOrHasMoreThanTwoDecimalsIsAFieldError() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/packages/new");
        for (String wrong : List.of("abc", "12.345", "-5", "1e3")) {
            newPackage(csrf, wrong).post("/catalog/packages").then().statusCode(422)
                    .body(containsString("data-field-error=\"priceFen\">Enter an amount in yuan"))
                    .body(containsString("name=\"priceFen\" value=\"" + wrong + "\""))
                    .body(containsString("name=\"texts[zh-CN].name\" value=\"三小时深度保洁\""));
        }
        newPackage(csrf, "0.1").post("/catalog/packages").then().statusCode(303);
        ArgumentCaptor<CatalogApi.PackageInput> sent = ArgumentCaptor.forClass(CatalogApi.PackageInput.class);
        verify(platform).createPackage(sent.capture());
        assertEquals(10L, sent.getValue().priceFen());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void blankRowsAreLeftOutTheRestSentInOrderAndAnItemOnlyOnce() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/packages/new");
        form(csrf).formParam("code", "combo").formParam("durationMinutes", "240").formParam("priceFen", "500")
                .formParam("items[0].itemId", "").formParam("items[0].quantity", "")
                .formParam("items[3].itemId", OTHER_ITEM).formParam("items[3].quantity", "1")
                .formParam("items[12].itemId", ITEM_ID).formParam("items[12].quantity", "3")
                .formParam("texts[en].name", "Combo")
                .post("/catalog/packages").then().statusCode(303);
        ArgumentCaptor<CatalogApi.PackageInput> sent = ArgumentCaptor.forClass(CatalogApi.PackageInput.class);
        verify(platform).createPackage(sent.capture());
        assertEquals(List.of(new CatalogApi.Included(OTHER_ITEM, 1), new CatalogApi.Included(ITEM_ID, 3)),
                sent.getValue().items());
        assertEquals(50000L, sent.getValue().priceFen());
        assertEquals(Boolean.FALSE, sent.getValue().enabled());

        form(csrf).formParam("code", "combo").formParam("durationMinutes", "240").formParam("priceFen", "500")
                .formParam("items[0].itemId", ITEM_ID).formParam("items[0].quantity", "1")
                .formParam("items[1].itemId", ITEM_ID).formParam("items[1].quantity", "x")
                .formParam("texts[en].name", "Combo")
                .post("/catalog/packages").then().statusCode(422)
                .body(containsString("data-field-error=\"items[1].itemId\">This item is already in the package."))
                .body(containsString("data-field-error=\"items[1].quantity\">Enter a whole number."));
        form(csrf).formParam("code", "combo").formParam("durationMinutes", "240").formParam("priceFen", "500")
                .formParam("texts[en].name", "Combo")
                .post("/catalog/packages").then().statusCode(422)
                .body(containsString("data-field-error=\"items\">A package includes at least one service item."));
        verify(platform).createPackage(any());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void thePlatformsRefusalsLandAtTheirFields() {
        doThrow(Fixtures.problem(400, "validation-failed", "Some values are not valid.",
                "items[0].quantity", "must be less than or equal to 1000")).when(platform).createPackage(any());
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/packages/new");
        newPackage(csrf, "88").post("/catalog/packages").then().statusCode(422)
                .body(containsString("id=\"platform-detail\">Some values are not valid."))
                .body(containsString("data-field-error=\"items[0].quantity\">must be less than or equal to 1000"));

        doThrow(Fixtures.problem(409, "catalog-code-taken", "The code deep-3h is already used.", null, null))
                .when(platform).createPackage(any());
        newPackage(csrf, "88").post("/catalog/packages").then().statusCode(422)
                .body(containsString("data-field-error=\"code\">The code deep-3h is already used."));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void editingKeepsTheLanguagesTheFormDoesNotShow() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog/packages/" + PKG_ID + "/edit");
        form(csrf).formParam("code", "spring-pack").formParam("durationMinutes", "240").formParam("priceFen", "420.50")
                .formParam("validFrom", "2026-03-01").formParam("validUntil", "2026-05-31")
                .formParam("items[0].itemId", ITEM_ID).formParam("items[0].quantity", "3")
                .formParam("texts[en].name", "Spring package").formParam("enabled", "true")
                .post("/catalog/packages/" + PKG_ID).then().statusCode(303);
        ArgumentCaptor<CatalogApi.PackageInput> sent = ArgumentCaptor.forClass(CatalogApi.PackageInput.class);
        verify(platform).updatePackage(eq(PKG_ID), sent.capture());
        assertEquals(42050L, sent.getValue().priceFen());
        assertEquals(LocalDate.of(2026, 5, 31), sent.getValue().validUntil());
        assertEquals("春のパック", sent.getValue().texts().get("ja").name());
        assertEquals(List.of(new CatalogApi.Included(ITEM_ID, 3)), sent.getValue().items());
        verify(platform, never()).createPackage(any());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void disablingGoesToThePlatform() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/catalog");
        form(csrf).post("/catalog/packages/" + PKG_ID + "/disable").then().statusCode(303)
                .header("Location", containsString("/catalog?saved=true"));
        verify(platform).setPackageEnabled(PKG_ID, "disable");
        given().redirects().follow(false).contentType(Fixtures.FORM).post("/catalog/packages/" + PKG_ID + "/enable")
                .then().statusCode(400);
        verify(platform, never()).setPackageEnabled(PKG_ID, "enable");
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherReadsPackagesButMayNotWriteThem() {
        given().get("/catalog").then().statusCode(200).body(containsString("Spring package"))
                .body(not(containsString("/catalog/packages/new")))
                .body(not(containsString("/catalog/packages/" + PKG_ID + "/disable")));
        given().get("/catalog/packages/new").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/catalog/packages/" + PKG_ID + "/edit").then().statusCode(403);
        when(platform.order(Fixtures.ORDER_ID)).thenReturn(Fixtures.order("PENDING_DISPATCH"));
        when(platform.payments(Fixtures.ORDER_ID)).thenReturn(Fixtures.payments());
        when(platform.candidates(Fixtures.ORDER_ID)).thenReturn(Fixtures.candidates());
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + Fixtures.ORDER_ID);
        newPackage(csrf, "88").post("/catalog/packages").then().statusCode(403);
        form(csrf).post("/catalog/packages/" + PKG_ID + "/disable").then().statusCode(403);
        verify(platform, never()).createPackage(any());
        verify(platform, never()).setPackageEnabled(anyString(), anyString());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void inChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/catalog/packages/new").then().statusCode(200)
                .body(containsString("新建套餐")).body(containsString("套餐价格（元）")).body(containsString("包含项目"));
    }

    @Test
    void rowsAreReadInIndexOrderAndRenumbered() {
        jakarta.ws.rs.core.MultivaluedMap<String, String> f = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        f.putSingle("items[10].itemId", "b");
        f.putSingle("items[10].quantity", "2");
        f.putSingle("items[2].itemId", "a");
        f.putSingle("items[5].quantity", " ");
        f.putSingle("items[7].quantity", "4");
        f.putSingle("itemsX", "ignored");
        assertEquals(List.of(new PackagePages.Row(0, "a", ""), new PackagePages.Row(1, "", "4"),
                new PackagePages.Row(2, "b", "2")), PackagePages.rows(f));
    }
}
