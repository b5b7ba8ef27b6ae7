package io.hearth.platform.tenant.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Against a real Keycloak (realm hearth of dev/keycloak.sh): run with {@code -Pkeycloak-it}. Every
 * test uses fresh slugs and usernames and deletes what it created, so runs do not collide.
 */
@Tag("keycloak")
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class KeycloakTenantDirectoryTest {

    @Inject
    TenantDirectory directory;

    /** The same admin client, to look behind the directory and to clean up. */
    @Inject
    Keycloak keycloak;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> organizations = new ArrayList<>();
    private final List<String> users = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        users.forEach(id -> realm().users().delete(id).close());
        organizations.forEach(id -> realm().organizations().get(id).delete().close());
    }

    @Test
    void theRealDirectoryIsInjected() {
        assertInstanceOf(KeycloakTenantDirectory.class, ClientProxy.unwrap(directory));
    }

    @Test
    void ensureOrganizationCreatesThenAdoptsByAlias() {
        String slug = "it-" + run;

        String id = organization(slug, "IT Home " + run, null);
        String again = directory.ensureOrganization(slug, "IT Home renamed " + run, slug + ".hearth.test");

        assertEquals(id, again);
        OrganizationRepresentation stored = realm().organizations().get(id).toRepresentation();
        assertEquals(slug, stored.getAlias());
        assertEquals("IT Home renamed " + run, stored.getName());
        assertNotNull(stored.getDomain(slug + ".hearth.test"));
        assertTrue(stored.isEnabled());
        assertEquals(1, realm().organizations().search("IT Home renamed " + run, true, 0, 10).size());
    }

    @Test
    void aNameHeldByAnotherOrganizationIsAConflict() {
        organization("it-a-" + run, "IT Same Name " + run, null);

        ApiException conflict = assertThrows(ApiException.class,
                () -> organization("it-b-" + run, "IT Same Name " + run, null));

        assertEquals(409, conflict.status());
        assertEquals("directory-conflict", conflict.messageKey());
    }

    @Test
    void ensureOwnerCreatesOnceThenConverges() {
        String organizationId = organization("it-o-" + run, "IT Owner Co " + run, null);
        OwnerRequest request = new OwnerRequest("it-owner-" + run, "it-owner-" + run + "@hearth.test", "Mei", "Wang",
                "+8613800138000");

        OwnerAccount first = owner(organizationId, request);
        OwnerAccount again = owner(organizationId, request);

        assertTrue(first.created());
        assertNotNull(first.temporaryPassword());
        assertTrue(first.temporaryPassword().length() >= 10, "realm policy: length(10)");
        assertFalse(again.created());
        assertNull(again.temporaryPassword());
        assertEquals(first.userId(), again.userId());

        UserRepresentation user = realm().users().get(first.userId()).toRepresentation();
        assertEquals("it-owner-" + run, user.getUsername());
        assertFalse(user.isEmailVerified());
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertEquals(List.of("+8613800138000"), user.getAttributes().get("phone"));
        assertTrue(realmRoles(first.userId()).contains("owner"));
        List<MemberRepresentation> members = realm().organizations().get(organizationId).members().list(0, 100);
        assertEquals(List.of(first.userId()), members.stream().map(MemberRepresentation::getId).toList());
    }

    @Test
    void aUserLeftHalfDoneByACrashIsCompletedNotDuplicated() {
        String organizationId = organization("it-c-" + run, "IT Crash Co " + run, null);
        UserRepresentation orphan = new UserRepresentation();
        orphan.setUsername("it-orphan-" + run);
        orphan.setEnabled(true);
        try (Response created = realm().users().create(orphan)) {
            users.add(CreatedResponseUtil.getCreatedId(created));
        }

        OwnerAccount owner = directory.ensureOwner(organizationId,
                new OwnerRequest("it-orphan-" + run, null, null, null, null));

        assertFalse(owner.created());
        assertEquals(users.get(0), owner.userId());
        assertTrue(realmRoles(owner.userId()).contains("owner"));
        assertEquals(1, realm().organizations().get(organizationId).members().list(0, 100).size());
        assertEquals(1, realm().users().searchByUsername("it-orphan-" + run, true).size());
    }

    @Test
    void aUsernameOfAnotherOrganizationIsAConflict() {
        String first = organization("it-f-" + run, "IT First Co " + run, null);
        String second = organization("it-s-" + run, "IT Second Co " + run, null);
        OwnerRequest request = new OwnerRequest("it-shared-" + run, null, "Shared", "Owner", null);
        owner(first, request);

        ApiException conflict = assertThrows(ApiException.class, () -> directory.ensureOwner(second, request));

        assertEquals(409, conflict.status());
        assertEquals("directory-conflict", conflict.messageKey());
        assertTrue(realm().organizations().get(second).members().list(0, 100).isEmpty());
    }

    @Test
    void setOrganizationEnabledToggles() {
        String id = organization("it-e-" + run, "IT Toggle Co " + run, null);

        directory.setOrganizationEnabled(id, false);
        assertFalse(realm().organizations().get(id).toRepresentation().isEnabled());
        directory.setOrganizationEnabled(id, false);
        assertFalse(realm().organizations().get(id).toRepresentation().isEnabled());
        directory.setOrganizationEnabled(id, true);
        assertTrue(realm().organizations().get(id).toRepresentation().isEnabled());
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        ApiException missing = assertThrows(ApiException.class,
                () -> directory.setOrganizationEnabled(UUID.randomUUID().toString(), false));
        assertEquals(404, missing.status());
    }

    @Test
    void anUnreachableKeycloakIsServiceUnavailable() throws Exception {
        try (Keycloak nowhere = DirectoryProbeResource.unreachableKeycloak()) {
            ApiException outage = assertThrows(ApiException.class,
                    () -> new KeycloakTenantDirectory(nowhere, "hearth").ensureOrganization("it-x-" + run, "X", null));
            assertEquals(503, outage.status());
            assertEquals("directory-unavailable", outage.messageKey());
        }
    }

    private String organization(String slug, String name, String domain) {
        String id = directory.ensureOrganization(slug, name, domain);
        if (!organizations.contains(id)) {
            organizations.add(id);
        }
        return id;
    }

    private OwnerAccount owner(String organizationId, OwnerRequest request) {
        OwnerAccount account = directory.ensureOwner(organizationId, request);
        if (!users.contains(account.userId())) {
            users.add(account.userId());
        }
        return account;
    }

    private List<String> realmRoles(String userId) {
        return realm().users().get(userId).roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).toList();
    }

    private RealmResource realm() {
        return keycloak.realm("hearth");
    }
}
