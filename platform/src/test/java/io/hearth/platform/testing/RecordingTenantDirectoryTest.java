package io.hearth.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.DirectoryConflictException;
import io.hearth.platform.tenant.directory.OwnerAccount;
import io.hearth.platform.tenant.directory.OwnerRequest;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The suite runs without Keycloak: whoever injects a TenantDirectory gets the recording one. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RecordingTenantDirectoryTest {

    @Inject
    TenantDirectory directory;

    @Inject
    RecordingTenantDirectory recorded;

    @BeforeEach
    void forget() {
        recorded.reset();
    }

    @Test
    void theInjectedDirectoryIsTheRecordingOne() {
        assertInstanceOf(RecordingTenantDirectory.class, directory);
    }

    @Test
    void organizationsAndOwnersConvergeLikeInKeycloak() {
        String id = directory.ensureOrganization("sparkle", "Sparkle Home", null);
        assertEquals(id, directory.ensureOrganization("sparkle", "Sparkle Home 洁家家政", "sparkle.example"));
        OwnerRequest request = new OwnerRequest("sparkle-boss", "boss@sparkle.example", "Li", "Na", "+8613800000001");

        OwnerAccount first = directory.ensureOwner(id, request);
        OwnerAccount again = directory.ensureOwner(id, request);
        directory.setOrganizationEnabled(id, false);

        assertTrue(first.created());
        assertNotNull(first.temporaryPassword());
        assertFalse(again.created());
        assertNull(again.temporaryPassword());
        assertEquals(first.userId(), again.userId());
        RecordingTenantDirectory.Organization organization = recorded.organization("sparkle").orElseThrow();
        assertEquals("Sparkle Home 洁家家政", organization.name());
        assertEquals(List.of("sparkle.example"), organization.domains());
        assertFalse(organization.enabled());
        assertEquals(List.of(organization), recorded.organizations());
        assertEquals("sparkle-boss", recorded.owners().get(0).request().username());
    }

    @Test
    void conflictsAndOutagesCanBeExercised() {
        String a = directory.ensureOrganization("a-co", "A Co", null);
        String b = directory.ensureOrganization("b-co", "B Co", null);
        directory.ensureOwner(a, new OwnerRequest("owner-a", null, null, null, null));

        assertThrows(DirectoryConflictException.class, () -> directory.ensureOrganization("c-co", "A Co", null));
        assertThrows(DirectoryConflictException.class,
                () -> directory.ensureOwner(b, new OwnerRequest("owner-a", null, null, null, null)));
        recorded.failWhenCalled(RecordingTenantDirectory.unavailable());
        ApiException outage = assertThrows(ApiException.class, () -> directory.setOrganizationEnabled(a, false));
        assertEquals(503, outage.status());
    }
}
