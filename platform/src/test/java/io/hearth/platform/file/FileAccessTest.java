package io.hearth.platform.file;

import static io.hearth.platform.file.FileSamples.jpeg;
import static io.hearth.platform.file.FileSamples.objects;
import static io.hearth.platform.file.FileSamples.pdf;
import static io.hearth.platform.file.FileSamples.png;
import static io.hearth.platform.file.FileSamples.rows;
import static io.hearth.platform.file.FileSamples.uploadOk;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may read and delete which file: everyone not allowed gets 404, so file ids reveal nothing. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FileAccessTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource db;

    private static int status(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/files/" + id).then().extract().statusCode();
    }

    private static int anonymous(String tenantSlug, String id) {
        return given().header("X-Hearth-Tenant", tenantSlug).when().get("/api/app/files/" + id).then().extract().statusCode();
    }

    @Test
    void privateFilesReachOnlyTheirUploaderAndTheTenantsStaff() {
        TwoTenants tt = TwoTenants.create(sms);
        TwoTenants.Side a = tt.a();
        AppUsers.Session otherCustomer = AppUsers.customer(sms, a.tenant().slug());
        String orderPhoto = uploadOk(a.customer().accessToken(), "ORDER_PHOTO", jpeg(800));
        String certificate = uploadOk(a.worker().accessToken(), "CERTIFICATE", pdf(800));

        assertEquals(200, status(a.customer().accessToken(), orderPhoto), "uploader");
        assertEquals(200, status(a.ownerToken(), orderPhoto), "owner");
        assertEquals(200, status(a.dispatcherToken(), orderPhoto), "dispatcher");
        assertEquals(404, status(a.worker().accessToken(), orderPhoto), "a worker of the tenant");
        assertEquals(404, status(otherCustomer.accessToken(), orderPhoto), "another customer");
        assertEquals(404, anonymous(a.tenant().slug(), orderPhoto), "anonymous");

        assertEquals(200, status(a.worker().accessToken(), certificate), "uploader");
        assertEquals(200, status(a.dispatcherToken(), certificate), "staff");
        assertEquals(404, status(a.customer().accessToken(), certificate), "a customer");
        assertEquals(404, anonymous(a.tenant().slug(), certificate), "anonymous");
    }

    @Test
    void publicFilesReachEveryoneOfTheTenantAndAnonymousVisitorsNamingIt() {
        TwoTenants tt = TwoTenants.create(sms);
        TwoTenants.Side a = tt.a();
        byte[] photo = png(1200);
        String workerPhoto = uploadOk(a.worker().accessToken(), "WORKER_PHOTO", photo);
        String serviceImage = uploadOk(a.ownerToken(), "SERVICE_IMAGE", jpeg(900));

        for (String id : new String[] { workerPhoto, serviceImage }) {
            assertEquals(200, status(a.customer().accessToken(), id));
            assertEquals(200, status(a.worker().accessToken(), id));
            assertEquals(200, status(a.dispatcherToken(), id));
            assertEquals(200, anonymous(a.tenant().slug(), id));
        }
        byte[] body = given().header("X-Hearth-Tenant", a.tenant().slug()).when().get("/api/app/files/" + workerPhoto)
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", "public, max-age=86400")
                .header("Vary", "X-Hearth-Tenant, X-Hearth-App-Id")
                .header("Content-Disposition", "inline")
                .extract().asByteArray();
        assertArrayEquals(photo, body);
        given().when().get("/api/app/files/" + workerPhoto).then().statusCode(400).body("code", equalTo("tenant-header-one"));
        given().header("X-Hearth-Tenant", "no-such-tenant-xyz").when().get("/api/app/files/" + workerPhoto).then().statusCode(404);
    }

    @Test
    void anotherTenantsTokensAndNameGet404ForEveryFile() {
        TwoTenants tt = TwoTenants.create(sms);
        TwoTenants.Side a = tt.a();
        TwoTenants.Side b = tt.b();
        String[] ids = {
                uploadOk(a.worker().accessToken(), "WORKER_PHOTO", jpeg(300)),
                uploadOk(a.ownerToken(), "SERVICE_IMAGE", png(300)),
                uploadOk(a.customer().accessToken(), "AVATAR", jpeg(300)) };

        for (String id : ids) {
            for (String token : new String[] { b.ownerToken(), b.dispatcherToken(), b.customer().accessToken(),
                    b.worker().accessToken() }) {
                given().auth().oauth2(token).when().get("/api/files/" + id)
                        .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
                given().auth().oauth2(token).when().delete("/api/files/" + id).then().statusCode(404);
            }
            assertEquals(404, anonymous(b.tenant().slug(), id));
            assertEquals(200, status(a.ownerToken(), id), "still there");
        }
        assertEquals(404, status(a.ownerToken(), UUID.randomUUID().toString()));
        assertEquals(404, status(a.ownerToken(), "not-a-uuid"));
    }

    @Test
    void theUploaderOrTheOwnerDeletesOthersCannot() throws Exception {
        TwoTenants tt = TwoTenants.create(sms);
        TwoTenants.Side a = tt.a();
        String byCustomer = uploadOk(a.customer().accessToken(), "ORDER_PHOTO", jpeg(500));
        String byWorker = uploadOk(a.worker().accessToken(), "WORKER_PHOTO", jpeg(500));
        String byDispatcher = uploadOk(a.dispatcherToken(), "SERVICE_IMAGE", png(500));

        given().auth().oauth2(a.worker().accessToken()).when().delete("/api/files/" + byCustomer).then().statusCode(404);
        given().auth().oauth2(a.dispatcherToken()).when().delete("/api/files/" + byCustomer)
                .then().statusCode(403).body("code", equalTo("file-delete-not-yours"));
        given().auth().oauth2(a.customer().accessToken()).when().delete("/api/files/" + byWorker).then().statusCode(403);

        given().auth().oauth2(a.customer().accessToken()).when().delete("/api/files/" + byCustomer).then().statusCode(204);
        given().auth().oauth2(a.ownerToken()).when().delete("/api/files/" + byWorker).then().statusCode(204);
        given().auth().oauth2(a.dispatcherToken()).when().delete("/api/files/" + byDispatcher).then().statusCode(204);

        assertEquals(404, status(a.customer().accessToken(), byCustomer));
        assertEquals(404, anonymous(a.tenant().slug(), byWorker));
        given().auth().oauth2(a.ownerToken()).when().delete("/api/files/" + byWorker).then().statusCode(404);
        assertEquals(0, rows(db, a.tenant().id()));
        assertEquals(0, objects(a.tenant().id()));
    }

    @Test
    void aCachedCopyIsRevalidatedByItsETag() {
        TwoTenants tt = TwoTenants.create(sms);
        String token = tt.a().worker().accessToken();
        String id = uploadOk(token, "WORKER_PHOTO", jpeg(700));
        String etag = given().auth().oauth2(token).when().get("/api/files/" + id).then().statusCode(200)
                .header("Content-Length", "700").extract().header("ETag");

        given().auth().oauth2(token).header("If-None-Match", etag).when().get("/api/files/" + id)
                .then().statusCode(304).header("ETag", etag);
        given().header("X-Hearth-Tenant", tt.a().tenant().slug()).header("If-None-Match", etag)
                .when().get("/api/app/files/" + id).then().statusCode(304);
        given().auth().oauth2(token).header("If-None-Match", "\"other\"").when().get("/api/files/" + id).then().statusCode(200);
    }
}
