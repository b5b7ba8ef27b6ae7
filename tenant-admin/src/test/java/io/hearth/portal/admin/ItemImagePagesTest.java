package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.FILE_ID;
import static io.hearth.portal.admin.Fixtures.ITEM_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.FileApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * An item's images on its edit page: thumbnails through the file proxy with the cover first, upload through the
 * browser's multipart form (CSRF checked) to the platform as SERVICE_IMAGE and then onto the item, the platform's
 * refusal of a file at the field, order and removal, and who may do it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ItemImagePagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String SECOND = "55555555-5555-5555-5555-000000000002";
    static final String NEW_FILE = "55555555-5555-5555-5555-000000000003";
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

    @InjectMock
    @RestClient
    PlatformClient platform;

    static CatalogApi.Item itemWith(List<String> images) {
        return new CatalogApi.Item(ITEM_ID, Fixtures.CATEGORY_ID, "PER_HOUR", 5000, 120, 2, 6, List.of("hot"), images, true,
                3, Map.of("zh-CN", new CatalogApi.ItemText("深度保洁", null, null, "自带工具", null),
                        "en", new CatalogApi.ItemText("Deep cleaning", null, null, null, null)), Instant.now());
    }

    @BeforeEach
    void platformAnswers() {
        when(platform.categories()).thenReturn(List.of(Fixtures.category()));
        when(platform.item(ITEM_ID)).thenReturn(itemWith(List.of(FILE_ID, SECOND)));
        when(platform.updateItem(eq(ITEM_ID), any())).thenAnswer(call -> itemWith(
                ((CatalogApi.ItemInput) call.getArgument(1)).imageFileIds()));
        when(platform.uploadFile(any(File.class), eq("SERVICE_IMAGE"))).thenReturn(
                new FileApi.Info(NEW_FILE, "SERVICE_IMAGE", "image/png", PNG.length, "PUBLIC", "abc", Instant.now()));
    }

    private static String editPage() {
        return "/catalog/items/" + ITEM_ID + "/edit";
    }

    private static RequestSpecification upload(Fixtures.Csrf csrf) {
        return given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie())
                .multiPart("csrf-token", csrf.token()).multiPart("file", "window.png", PNG, "image/png");
    }

    private CatalogApi.ItemInput sentUpdate() {
        ArgumentCaptor<CatalogApi.ItemInput> sent = ArgumentCaptor.forClass(CatalogApi.ItemInput.class);
        verify(platform).updateItem(eq(ITEM_ID), sent.capture());
        return sent.getValue();
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void theEditPageShowsThumbnailsCoverFirstAndAMultipartUploadForm() {
        String page = given().get(editPage()).then().statusCode(200)
                .body(containsString("id=\"images\""))
                .body(containsString("src=\"/files/" + FILE_ID + "\""))
                .body(containsString("src=\"/files/" + SECOND + "\""))
                .body(containsString("data-cover>Cover</span>"))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("hx-encoding=\"multipart/form-data\""))
                .body(containsString("accept=\"image/jpeg,image/png,image/webp\""))
                .body(containsString("data-max-bytes=\"6291456\""))
                .body(containsString("action=\"/catalog/items/" + ITEM_ID + "/images/" + SECOND + "/cover\""))
                .body(not(containsString("action=\"/catalog/items/" + ITEM_ID + "/images/" + FILE_ID + "/cover\"")))
                .body(not(containsString("name=\"imageFileIds\"")))
                .extract().asString();
        int upload = page.indexOf("id=\"image-upload\"");
        assertTrue(page.indexOf("name=\"csrf-token\"", upload) > upload, "the upload form carries the CSRF token");
        given().get("/catalog/items/new").then().statusCode(200).body(not(containsString("id=\"image-upload\"")))
                .body(containsString("Images can be added once the item is saved."));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void anUploadGoesToThePlatformAsAServiceImageAndIsAppendedToTheItem() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        upload(csrf).post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(303)
                .header("Location", containsString(editPage() + "?images=added"));
        ArgumentCaptor<File> file = ArgumentCaptor.forClass(File.class);
        verify(platform).uploadFile(file.capture(), eq("SERVICE_IMAGE"));
        CatalogApi.ItemInput in = sentUpdate();
        assertEquals(List.of(FILE_ID, SECOND, NEW_FILE), in.imageFileIds());
        // everything else as stored
        assertEquals(5000L, in.basePriceFen());
        assertEquals(6, in.maxQuantity());
        assertEquals("自带工具", in.texts().get("zh-CN").toolsBrought());
        assertEquals(List.of("hot"), in.tags());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void anHtmxUploadGetsTheSectionBack() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        String section = upload(csrf).header("HX-Request", "true").post("/catalog/items/" + ITEM_ID + "/images")
                .then().statusCode(200)
                .body(containsString("src=\"/files/" + NEW_FILE + "\""))
                .body(containsString("id=\"images-done\">The image is added."))
                .extract().asString();
        assertTrue(section.strip().startsWith("<section"), "only the images section: " + section);
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aMultipartFormWithoutTheCsrfTokenIsRefused() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie())
                .multiPart("file", "window.png", PNG, "image/png")
                .post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(400)
                .body(containsString("The form has expired or was not sent from this portal."));
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie())
                .multiPart("csrf-token", "forged").multiPart("file", "window.png", PNG, "image/png")
                .post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(400);
        given().redirects().follow(false).multiPart("csrf-token", csrf.token())
                .multiPart("file", "window.png", PNG, "image/png")
                .post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(400);
        verify(platform, never()).uploadFile(any(), anyString());
        verify(platform, never()).updateItem(anyString(), any());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void aWrongTypeOrTooLargeFileShowsThePlatformsMessageAtTheField() {
        doThrow(Fixtures.problem(415, "file-type-unsupported",
                "A SERVICE_IMAGE file must be image/jpeg, image/png or image/webp.", null, null))
                .when(platform).uploadFile(any(File.class), eq("SERVICE_IMAGE"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        upload(csrf).post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(422)
                .body(containsString("data-field-error=\"file\">A SERVICE_IMAGE file must be image/jpeg"))
                .body(containsString("id=\"item-form\""));
        doThrow(Fixtures.problem(413, "file-too-large", "The file has 5300000 bytes; at most 5242880 are accepted.", null,
                null)).when(platform).uploadFile(any(File.class), eq("SERVICE_IMAGE"));
        upload(csrf).header("HX-Request", "true").post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(200)
                .body(containsString("data-field-error=\"file\">The file has 5300000 bytes"))
                .body(containsString("is-invalid"));
        verify(platform, never()).updateItem(anyString(), any());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void noFileOrAFullItemIsAFieldErrorWithoutCallingThePlatform() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        given().cookie("hearth-csrf", csrf.cookie()).multiPart("csrf-token", csrf.token())
                .post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(422)
                .body(containsString("data-field-error=\"file\">Required."));
        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(String.format("55555555-5555-5555-5555-1000000000%02d", i));
        }
        when(platform.item(ITEM_ID)).thenReturn(itemWith(twenty));
        upload(csrf).post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(422)
                .body(containsString("data-field-error=\"file\">An item has at most 20 images"));
        given().get(editPage()).then().statusCode(200).body(not(containsString("id=\"image-upload\"")))
                .body(containsString("id=\"images-full\""));
        verify(platform, never()).uploadFile(any(), anyString());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void makingACoverSendsTheNewOrder() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token())
                .post("/catalog/items/" + ITEM_ID + "/images/" + SECOND + "/cover").then().statusCode(303)
                .header("Location", containsString("images=moved"));
        assertEquals(List.of(SECOND, FILE_ID), sentUpdate().imageFileIds());
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void removingAnImageSendsTheListWithoutIt() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .header("HX-Request", "true")
                .post("/catalog/items/" + ITEM_ID + "/images/" + FILE_ID + "/remove").then().statusCode(200)
                .body(containsString("The image is removed."))
                .body(not(containsString("src=\"/files/" + FILE_ID + "\"")));
        assertEquals(List.of(SECOND), sentUpdate().imageFileIds());
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .post("/catalog/items/" + ITEM_ID + "/images/" + NEW_FILE + "/remove").then().statusCode(404);
    }

    @Test
    void movesKeepEveryImageOnce() {
        List<String> ids = List.of("a", "b", "c");
        assertEquals(List.of("c", "a", "b"), ItemImagePages.moved(ids, "c", "cover"));
        assertEquals(List.of("a", "c", "b"), ItemImagePages.moved(ids, "c", "left"));
        assertEquals(List.of("a", "b", "c"), ItemImagePages.moved(ids, "a", "left"));
        assertEquals(List.of("b", "a", "c"), ItemImagePages.moved(ids, "a", "right"));
        assertEquals(List.of("a", "b", "c"), ItemImagePages.moved(ids, "c", "right"));
        assertEquals(List.of("a", "c"), ItemImagePages.moved(ids, "b", "remove"));
    }

    @Test
    @TestSecurity(user = "cat", roles = "catalog-manager")
    void savingTheItemFormKeepsTheImagesAsStored() {
        when(platform.item(ITEM_ID)).thenReturn(itemWith(List.of(SECOND, FILE_ID, NEW_FILE)));
        Fixtures.Csrf csrf = Fixtures.Csrf.from(editPage());
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("categoryId", Fixtures.CATEGORY_ID)
                .formParam("unit", "PER_HOUR").formParam("basePriceFen", "399.9").formParam("defaultDurationMinutes", "120")
                .formParam("texts[en].name", "Deep cleaning")
                .post("/catalog/items/" + ITEM_ID).then().statusCode(303);
        CatalogApi.ItemInput in = sentUpdate();
        assertEquals(List.of(SECOND, FILE_ID, NEW_FILE), in.imageFileIds());
        assertEquals(39990L, in.basePriceFen());
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherMayNotChangeImages() {
        given().get(editPage()).then().statusCode(403).body(containsString(FORBIDDEN));
        when(platform.order(Fixtures.ORDER_ID)).thenReturn(Fixtures.order("PENDING_DISPATCH"));
        when(platform.payments(Fixtures.ORDER_ID)).thenReturn(Fixtures.payments());
        when(platform.candidates(Fixtures.ORDER_ID)).thenReturn(Fixtures.candidates());
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/orders/" + Fixtures.ORDER_ID);
        upload(csrf).post("/catalog/items/" + ITEM_ID + "/images").then().statusCode(403);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .post("/catalog/items/" + ITEM_ID + "/images/" + SECOND + "/cover").then().statusCode(403);
        verify(platform, never()).uploadFile(any(), anyString());
        verify(platform, never()).updateItem(anyString(), any());
    }
}
