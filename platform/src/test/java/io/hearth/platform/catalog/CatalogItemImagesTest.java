package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.STAFF;
import static io.hearth.platform.catalog.Catalogs.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A service item's images are ids of the files feature: staff attach service images of their own tenant, in the
 * order they want (the first is the cover); anything else — another tenant's image, a worker's photo, no file — is
 * refused with 422 and changes nothing.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogItemImagesTest {

    @Inject
    CapturingSmsSender sms;

    static String upload(String token, String purpose) {
        byte[] jpeg = new byte[600];
        Arrays.fill(jpeg, (byte) 7);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return given().auth().oauth2(token).multiPart("file", "photo.jpg", jpeg, "image/jpeg")
                .multiPart("purpose", purpose).when().post("/api/files")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> withImages(Map<String, Object> item, String... ids) {
        Map<String, Object> body = new HashMap<>(item);
        body.put("imageFileIds", List.of(ids));
        return body;
    }

    @Test
    void staffAttachTheirTenantsServiceImagesInTheirOrder() {
        TwoTenants tt = TwoTenants.create(sms);
        String owner = tt.a().ownerToken();
        String category = Catalogs.category(owner, "cleaning", null);
        String first = upload(owner, "SERVICE_IMAGE");
        String second = upload(tt.a().dispatcherToken(), "SERVICE_IMAGE");
        Map<String, Object> item = Catalogs.item(category, "Windows", 8800, 120);

        String id = staff(owner).body(withImages(item, first, second)).when().post(STAFF + "/items")
                .then().statusCode(201).body("imageFileIds", contains(first, second)).extract().path("id");
        // the cover changes: same ids, other order
        staff(owner).body(withImages(item, second, first)).when().put(STAFF + "/items/" + id)
                .then().statusCode(200).body("imageFileIds", contains(second, first));
        staff(owner).when().get(STAFF + "/items/" + id).then().statusCode(200)
                .body("imageFileIds", contains(second, first));
        // removing one
        staff(owner).body(withImages(item, first)).when().put(STAFF + "/items/" + id)
                .then().statusCode(200).body("imageFileIds", contains(first));
    }

    @Test
    void anotherTenantsImageAnotherPurposeOrNoFileIsRefusedAndChangesNothing() {
        TwoTenants tt = TwoTenants.create(sms);
        String owner = tt.a().ownerToken();
        String category = Catalogs.category(owner, "cleaning", null);
        String mine = upload(owner, "SERVICE_IMAGE");
        String theirs = upload(tt.b().ownerToken(), "SERVICE_IMAGE");
        String workerPhoto = upload(owner, "WORKER_PHOTO");
        Map<String, Object> item = Catalogs.item(category, "Windows", 8800, 120);
        String id = staff(owner).body(withImages(item, mine)).when().post(STAFF + "/items")
                .then().statusCode(201).extract().path("id");

        for (String wrong : List.of(theirs, workerPhoto, UUID.randomUUID().toString())) {
            staff(owner).header("Accept-Language", "en").body(withImages(item, mine, wrong))
                    .when().put(STAFF + "/items/" + id)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("file-not-attachable"));
            staff(owner).body(withImages(item, wrong)).when().post(STAFF + "/items").then().statusCode(422);
        }
        staff(owner).when().get(STAFF + "/items/" + id).then().statusCode(200).body("imageFileIds", contains(mine));
        // B's list stays B's: none of A's items there
        staff(tt.b().ownerToken()).when().get(STAFF + "/items").then().statusCode(200).body("items", empty());
    }

    @Test
    void aDispatcherMayUploadButNotChangeAnItemsImages() {
        TwoTenants tt = TwoTenants.create(sms);
        String owner = tt.a().ownerToken();
        String category = Catalogs.category(owner, "cleaning", null);
        Map<String, Object> item = Catalogs.item(category, "Windows", 8800, 120);
        String id = Catalogs.createItem(owner, item);
        String image = upload(tt.a().dispatcherToken(), "SERVICE_IMAGE");
        staff(tt.a().dispatcherToken()).body(withImages(item, image)).when().put(STAFF + "/items/" + id)
                .then().statusCode(403);
        staff(owner).when().get(STAFF + "/items/" + id).then().statusCode(200).body("imageFileIds", empty());
    }
}
