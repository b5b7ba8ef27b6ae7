package io.hearth.platform.file;

import static io.hearth.platform.file.FileSamples.jpeg;
import static io.hearth.platform.file.FileSamples.objects;
import static io.hearth.platform.file.FileSamples.pdf;
import static io.hearth.platform.file.FileSamples.png;
import static io.hearth.platform.file.FileSamples.rows;
import static io.hearth.platform.file.FileSamples.text;
import static io.hearth.platform.file.FileSamples.upload;
import static io.hearth.platform.file.FileSamples.webp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.file.storage.FileStorage;
import io.hearth.platform.file.storage.FilesystemFileStorage;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.Tenants;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FileUploadTest {

    private static final int MIB = 1024 * 1024;

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource db;

    @Inject
    FileStorage storage;

    @Test
    void theTestProfileStoresFilesInADirectory() {
        assertEquals(FilesystemFileStorage.class, storage.getClass());
    }

    @Test
    void staffWorkerAndCustomerEachUploadAndReadBackTheirFile() throws Exception {
        TwoTenants tt = TwoTenants.create(sms);
        record Case(String token, String purpose, byte[] content, String type) {
        }
        for (Case c : new Case[] {
                new Case(tt.a().ownerToken(), "SERVICE_IMAGE", png(2000), "image/png"),
                new Case(tt.a().worker().accessToken(), "CERTIFICATE", pdf(3000), "application/pdf"),
                new Case(tt.a().customer().accessToken(), "ORDER_PHOTO", jpeg(4000), "image/jpeg"),
                new Case(tt.a().customer().accessToken(), "AVATAR", webp(500), "image/webp") }) {
            String id = upload(c.token(), c.purpose(), c.content(), "upload.bin", "application/octet-stream")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/files/"))
                    .body("purpose", equalTo(c.purpose()))
                    .body("contentType", equalTo(c.type()))
                    .body("size", equalTo(c.content().length))
                    .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.content()))))
                    .extract().path("id");

            byte[] back = given().auth().oauth2(c.token()).when().get("/api/files/" + id)
                    .then().statusCode(200)
                    .contentType(c.type())
                    .header("Content-Disposition", "inline")
                    .header("Cache-Control", "private, max-age=3600")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("ETag", startsWith("\""))
                    .extract().asByteArray();
            assertArrayEquals(c.content(), back, c.purpose());
        }
        assertEquals(4, rows(db, tt.a().tenant().id()));
        assertEquals(4, objects(tt.a().tenant().id()));
    }

    @Test
    void theContentDecidesTheTypeNotTheNameOrHeader() {
        TwoTenants tt = TwoTenants.create(sms);
        String worker = tt.a().worker().accessToken();

        upload(worker, "WORKER_PHOTO", text(), "me.png", "image/png")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("file-type-unsupported"))
                .body("detail", containsString("image/jpeg, image/png, image/webp"));
        upload(worker, "WORKER_PHOTO", pdf(1000), "me.jpg", "image/jpeg")
                .then().statusCode(415).body("code", equalTo("file-type-unsupported"));
        // a JPEG sent as PNG is stored as what it is
        upload(worker, "WORKER_PHOTO", jpeg(1000), "me.png", "image/png")
                .then().statusCode(201).body("contentType", equalTo("image/jpeg"));
    }

    @Test
    void imagesAboveFiveMebibytesAndPdfsAboveTenAreTooLarge() throws Exception {
        TwoTenants tt = TwoTenants.create(sms);
        String worker = tt.a().worker().accessToken();

        upload(worker, "WORKER_PHOTO", jpeg(5 * MIB + 1), "big.jpg", "image/jpeg")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("file-too-large"))
                .body("title", equalTo("Content too large"));
        // a certificate may be a 10 MiB PDF, but not a 5 MiB + 1 image
        upload(worker, "CERTIFICATE", png(5 * MIB + 1), "scan.png", "image/png")
                .then().statusCode(413).body("code", equalTo("file-too-large"));
        upload(worker, "CERTIFICATE", pdf(10 * MIB + 1), "scan.pdf", "application/pdf")
                .then().statusCode(413).body("code", equalTo("file-too-large"));
        upload(worker, "CERTIFICATE", pdf(6 * MIB), "scan.pdf", "application/pdf").then().statusCode(201);
        upload(worker, "WORKER_PHOTO", jpeg(5 * MIB), "max.jpg", "image/jpeg").then().statusCode(201);

        assertEquals(2, rows(db, tt.a().tenant().id()));
        assertEquals(2, objects(tt.a().tenant().id()));
    }

    @Test
    void failedUploadsStoreNothing() throws Exception {
        TwoTenants tt = TwoTenants.create(sms);
        UUID tenant = tt.a().tenant().id();
        String customer = tt.a().customer().accessToken();

        upload(customer, "SELFIE", jpeg(100), "a.jpg", "image/jpeg")
                .then().statusCode(400)
                .body("code", equalTo("file-purpose-unknown"))
                .body("detail", containsString("WORKER_PHOTO, CERTIFICATE, SERVICE_IMAGE, ORDER_PHOTO, AVATAR"));
        given().auth().oauth2(customer).multiPart("purpose", "AVATAR").when().post("/api/files")
                .then().statusCode(400).body("code", equalTo("file-missing"));
        upload(customer, "AVATAR", new byte[0], "empty.jpg", "image/jpeg").then().statusCode(400);
        upload(customer, "AVATAR", text(), "a.jpg", "image/jpeg").then().statusCode(415);
        upload(customer, "AVATAR", jpeg(5 * MIB + 10), "a.jpg", "image/jpeg").then().statusCode(413);
        upload(customer, "CERTIFICATE", pdf(100), "c.pdf", "application/pdf")
                .then().statusCode(403).body("code", equalTo("file-purpose-not-yours"));
        upload(customer, "SERVICE_IMAGE", png(100), "s.png", "image/png").then().statusCode(403);

        assertEquals(0, rows(db, tenant));
        assertEquals(0, objects(tenant));
    }

    @Test
    void problemsAreTranslated() {
        TwoTenants tt = TwoTenants.create(sms);
        given().auth().oauth2(tt.a().worker().accessToken()).header("Accept-Language", "zh-CN")
                .multiPart("file", "a.png", text(), "image/png").multiPart("purpose", "WORKER_PHOTO")
                .when().post("/api/files")
                .then().statusCode(415).body("detail", containsString("按文件内容识别"));
    }

    @Test
    void anonymousCallersAndSuspendedTenantsCannotUpload() {
        TwoTenants tt = TwoTenants.create(sms);
        given().multiPart("file", "a.png", png(100), "image/png").multiPart("purpose", "AVATAR")
                .when().post("/api/files").then().statusCode(401);

        Tenants.suspend(tt.b().tenant().id());
        upload(tt.b().ownerToken(), "SERVICE_IMAGE", png(100), "a.png", "image/png")
                .then().statusCode(403).body("code", equalTo("tenant-suspended"));
    }

    @Test
    void aPlatformAdminWithoutTenantCannotUpload() {
        upload(io.hearth.platform.testing.StaffTokens.superAdmin(), "SERVICE_IMAGE", png(100), "a.png", "image/png")
                .then().statusCode(403);
    }

    static byte[] bytes(String id, String token) {
        return given().auth().oauth2(token).when().get("/api/files/" + id).then().statusCode(200).extract().asByteArray();
    }
}
