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
import java.util.Set;
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

    // ---- staff members ----

    @Test
    void createMemberMakesAMemberWithRolesAndATemporaryPassword() {
        String organizationId = organization("it-m-" + run, "IT Members Co " + run, null);
        OwnerAccount owner = owner(organizationId, new OwnerRequest("it-m-owner-" + run, null, "Mei", "Lin", null));

        CreatedMember created = member(organizationId, new MemberRequest("it-staff-" + run, "it-staff-" + run + "@hearth.test",
                "Fang", "Wang", Set.of("finance", "dispatcher")));

        StaffMember staff = created.member();
        assertEquals("it-staff-" + run, staff.username());
        assertEquals("it-staff-" + run + "@hearth.test", staff.email());
        assertEquals("Fang", staff.firstName());
        assertEquals(List.of("dispatcher", "finance"), staff.roles());
        assertTrue(staff.enabled());
        assertNotNull(staff.createdAt());
        assertNotNull(created.temporaryPassword());
        assertTrue(created.temporaryPassword().length() >= 10, "realm policy: length(10)");
        UserRepresentation user = realm().users().get(staff.id()).toRepresentation();
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertFalse(user.isEmailVerified());
        assertTrue(realmRoles(staff.id()).containsAll(List.of("dispatcher", "finance", "default-roles-hearth")));
        assertEquals(1, realm().users().get(staff.id()).credentials().size());

        List<StaffMember> members = directory.members(organizationId);
        assertEquals(Set.of(owner.userId(), staff.id()), Set.copyOf(members.stream().map(StaffMember::id).toList()));
        StaffMember listedOwner = members.stream().filter(m -> m.id().equals(owner.userId())).findFirst().orElseThrow();
        assertEquals(List.of("owner"), listedOwner.roles());
        assertEquals(staff, directory.member(organizationId, staff.id()));
    }

    @Test
    void aTakenUsernameOrEmailIsAConflictOnTheFieldAndNoUserIsAdopted() {
        String organizationId = organization("it-t-" + run, "IT Taken Co " + run, null);
        UserRepresentation existing = new UserRepresentation();
        existing.setUsername("it-taken-" + run);
        existing.setEmail("it-taken-" + run + "@hearth.test");
        existing.setEnabled(true);
        try (Response created = realm().users().create(existing)) {
            users.add(CreatedResponseUtil.getCreatedId(created));
        }

        ApiException byName = assertThrows(ApiException.class, () -> member(organizationId,
                new MemberRequest("it-taken-" + run, "it-other-" + run + "@hearth.test", "A", null, Set.of("finance"))));
        ApiException byEmail = assertThrows(ApiException.class, () -> member(organizationId,
                new MemberRequest("it-fresh-" + run, "IT-TAKEN-" + run + "@hearth.test", "A", null, Set.of("finance"))));

        assertEquals(409, byName.status());
        assertEquals("directory-conflict", byName.messageKey());
        assertEquals(Set.of("username"), byName.fieldErrors().keySet());
        assertEquals(409, byEmail.status());
        assertEquals(Set.of("email"), byEmail.fieldErrors().keySet());
        assertTrue(realm().organizations().get(organizationId).members().list(0, 100).isEmpty());
        assertTrue(realm().users().searchByUsername("it-fresh-" + run, true).isEmpty());
        assertFalse(realmRoles(users.get(0)).contains("finance"));
    }

    @Test
    void setMemberRolesChangesOnlyTheTenantRoles() {
        String organizationId = organization("it-r-" + run, "IT Roles Co " + run, null);
        String id = member(organizationId, new MemberRequest("it-roles-" + run, "it-roles-" + run + "@hearth.test", "Ming",
                null, Set.of("dispatcher"))).member().id();
        realm().users().get(id).roles().realmLevel().add(List.of(realm().roles().get("offline_access").toRepresentation()));

        StaffMember changed = directory.setMemberRoles(organizationId, id, Set.of("marketing", "owner"));
        StaffMember again = directory.setMemberRoles(organizationId, id, Set.of("marketing", "owner"));

        assertEquals(List.of("owner", "marketing"), changed.roles());
        assertEquals(changed, again);
        List<String> held = realmRoles(id);
        assertTrue(held.containsAll(List.of("owner", "marketing", "offline_access", "default-roles-hearth")), held.toString());
        assertFalse(held.contains("dispatcher"));
        assertThrows(IllegalArgumentException.class,
                () -> directory.setMemberRoles(organizationId, id, Set.of("owner", "realm-admin")));
        assertTrue(realmRoles(id).contains("owner"));
    }

    @Test
    void setMemberEnabledTogglesAndConverges() {
        String organizationId = organization("it-d-" + run, "IT Disable Co " + run, null);
        String id = member(organizationId, new MemberRequest("it-dis-" + run, "it-dis-" + run + "@hearth.test", "Jun",
                null, Set.of("customer-service"))).member().id();

        assertFalse(directory.setMemberEnabled(organizationId, id, false).enabled());
        assertFalse(realm().users().get(id).toRepresentation().isEnabled());
        assertFalse(directory.setMemberEnabled(organizationId, id, false).enabled());
        assertFalse(directory.member(organizationId, id).enabled());
        StaffMember enabled = directory.setMemberEnabled(organizationId, id, true);

        assertTrue(enabled.enabled());
        assertEquals(List.of("customer-service"), enabled.roles());
        assertTrue(realm().users().get(id).toRepresentation().isEnabled());
        assertEquals("it-dis-" + run + "@hearth.test", realm().users().get(id).toRepresentation().getEmail());
    }

    @Test
    void resetMemberPasswordIssuesANewTemporaryPassword() {
        String organizationId = organization("it-p-" + run, "IT Password Co " + run, null);
        CreatedMember created = member(organizationId, new MemberRequest("it-pw-" + run, "it-pw-" + run + "@hearth.test",
                "Tao", null, Set.of("finance")));
        String id = created.member().id();
        UserRepresentation signedInOnce = realm().users().get(id).toRepresentation();
        signedInOnce.setRequiredActions(List.of()); // as if the user had changed the first password
        realm().users().get(id).update(signedInOnce);

        String password = directory.resetMemberPassword(organizationId, id);

        assertNotNull(password);
        assertTrue(password.length() >= 10);
        assertFalse(password.equals(created.temporaryPassword()));
        assertEquals(List.of("UPDATE_PASSWORD"), realm().users().get(id).toRepresentation().getRequiredActions());
    }

    @Test
    void aUserWhoIsNotAMemberOfTheOrganizationIsNotFound() {
        String a = organization("it-xa-" + run, "IT Cross A " + run, null);
        String b = organization("it-xb-" + run, "IT Cross B " + run, null);
        String ofA = member(a, new MemberRequest("it-cross-" + run, "it-cross-" + run + "@hearth.test", "Pei", null,
                Set.of("dispatcher"))).member().id();
        UserRepresentation loose = new UserRepresentation();
        loose.setUsername("it-loose-" + run);
        loose.setEnabled(true);
        String outsider;
        try (Response created = realm().users().create(loose)) {
            outsider = CreatedResponseUtil.getCreatedId(created);
            users.add(outsider);
        }

        for (String id : List.of(ofA, outsider, UUID.randomUUID().toString())) {
            assertEquals(404, assertThrows(ApiException.class, () -> directory.member(b, id)).status());
            assertEquals(404, assertThrows(ApiException.class,
                    () -> directory.setMemberRoles(b, id, Set.of("owner"))).status());
            assertEquals(404, assertThrows(ApiException.class, () -> directory.setMemberEnabled(b, id, false)).status());
            assertEquals(404, assertThrows(ApiException.class, () -> directory.resetMemberPassword(b, id)).status());
        }
        assertEquals(List.of("dispatcher"), directory.member(a, ofA).roles());
        assertTrue(directory.member(a, ofA).enabled());
        assertFalse(realmRoles(outsider).contains("owner"));
        assertTrue(directory.members(b).isEmpty());
        assertEquals(404, assertThrows(ApiException.class, () -> directory.members(UUID.randomUUID().toString())).status());
    }

    private CreatedMember member(String organizationId, MemberRequest request) {
        CreatedMember created = directory.createMember(organizationId, request);
        users.add(created.member().id());
        return created;
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
