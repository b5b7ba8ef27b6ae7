package io.hearth.platform.file;

import static io.hearth.platform.file.FileSamples.jpeg;
import static io.hearth.platform.file.FileSamples.pdf;
import static io.hearth.platform.file.FileSamples.uploadOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** StoredFiles as other features use it: checking the file ids a request wants to attach. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FileAttachTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    StoredFiles files;

    @Test
    void aWorkerAttachesOnlyTheirOwnCertificatesOfTheirTenant() {
        TwoTenants tt = TwoTenants.create(sms);
        TwoTenants.Side a = tt.a();
        UUID worker = UUID.fromString(a.worker().subjectId());
        UUID certificate = UUID.fromString(uploadOk(a.worker().accessToken(), "CERTIFICATE", pdf(400)));
        UUID photo = UUID.fromString(uploadOk(a.worker().accessToken(), "WORKER_PHOTO", jpeg(400)));

        FileDto.Info info = in(a, () -> files.requireOwnedBy(certificate, "worker", worker, Purpose.CERTIFICATE));
        assertEquals("application/pdf", info.contentType());
        assertEquals(Visibility.PRIVATE, info.visibility());

        notAttachable(() -> in(a, () -> files.requireOwnedBy(photo, "worker", worker, Purpose.CERTIFICATE)));
        notAttachable(() -> in(a, () -> files.requireOwnedBy(certificate, "worker", UUID.randomUUID(), Purpose.CERTIFICATE)));
        notAttachable(() -> in(a, () -> files.requireOwnedBy(certificate, "customer", worker, Purpose.CERTIFICATE)));
        notAttachable(() -> in(a, () -> files.requireOwnedBy(null, "worker", worker, Purpose.CERTIFICATE)));
        notAttachable(() -> in(tt.b(), () -> files.requireOwnedBy(certificate, "worker", worker, Purpose.CERTIFICATE)));
        assertThrows(IllegalArgumentException.class,
                () -> in(a, () -> files.requireOwnedBy(certificate, "robot", worker, Purpose.CERTIFICATE)));
    }

    @Test
    void staffAttachAnyServiceImageOfTheirTenant() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID image = UUID.fromString(uploadOk(tt.a().dispatcherToken(), "SERVICE_IMAGE", jpeg(300)));

        assertEquals(image, in(tt.a(), () -> files.requireExists(image, Purpose.SERVICE_IMAGE)).id());
        assertTrue(in(tt.a(), () -> files.find(image)).isPresent());
        notAttachable(() -> in(tt.a(), () -> files.requireExists(image, Purpose.AVATAR)));
        notAttachable(() -> in(tt.b(), () -> files.requireExists(image, Purpose.SERVICE_IMAGE)));
        assertTrue(in(tt.b(), () -> files.find(image)).isEmpty());
    }

    private static <T> T in(TwoTenants.Side side, Callable<T> work) {
        return TenantContext.call(side.tenant().id(), work);
    }

    private static void notAttachable(Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(422, e.status());
        assertEquals("file-not-attachable", e.messageKey());
    }
}
