package io.hearth.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.CreatedMember;
import io.hearth.platform.tenant.directory.DirectoryConflictException;
import io.hearth.platform.tenant.directory.MemberRequest;
import io.hearth.platform.tenant.directory.OwnerAccount;
import io.hearth.platform.tenant.directory.OwnerRequest;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
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

    @Test
    void membersBehaveLikeKeycloakOrganizationMembers() {
        String a = directory.ensureOrganization("m-a", "M A", null);
        String b = directory.ensureOrganization("m-b", "M B", null);
        String owner = directory.ensureOwner(a, new OwnerRequest("m-owner", "owner@m.example", "Mei", "Lin", null)).userId();

        CreatedMember created = directory.createMember(a, new MemberRequest("M-Staff", "staff@m.example", "Fang", "Wang",
                Set.of("finance", "dispatcher")));
        String staff = created.member().id();

        assertEquals("m-staff", created.member().username(), "Keycloak keeps usernames in lower case");
        assertEquals(List.of("dispatcher", "finance"), created.member().roles());
        assertEquals(Set.of(owner, staff), Set.copyOf(directory.members(a).stream().map(m -> m.id()).toList()));
        assertEquals(List.of(), directory.members(b));
        ApiException name = assertThrows(ApiException.class,
                () -> directory.createMember(b, new MemberRequest("m-staff", "x@m.example", "X", null, Set.of("finance"))));
        assertEquals(Set.of("username"), name.fieldErrors().keySet());
        ApiException email = assertThrows(ApiException.class,
                () -> directory.createMember(b, new MemberRequest("m-x", "STAFF@m.example", "X", null, Set.of("finance"))));
        assertEquals(Set.of("email"), email.fieldErrors().keySet());
        assertThrows(IllegalArgumentException.class,
                () -> directory.createMember(a, new MemberRequest("m-y", "y@m.example", "Y", null, Set.of("realm-admin"))));

        for (String outsider : List.of(staff, owner, "no-such-user")) {
            assertEquals(404, assertThrows(ApiException.class, () -> directory.member(b, outsider)).status());
            assertEquals(404, assertThrows(ApiException.class, () -> directory.setMemberEnabled(b, outsider, false)).status());
        }
        recorded.grantRealmRole(staff, "offline_access");
        assertEquals(List.of("owner"), directory.setMemberRoles(a, staff, Set.of("owner")).roles());
        assertEquals(Set.of("owner", "offline_access", RecordingTenantDirectory.DEFAULT_ROLES),
                recorded.user(staff).orElseThrow().realmRoles());
        assertFalse(directory.setMemberEnabled(a, staff, false).enabled());
        String password = directory.resetMemberPassword(a, staff);
        RecordingTenantDirectory.User user = recorded.user(staff).orElseThrow();
        assertEquals(password, user.password());
        assertTrue(user.passwordTemporary());
        assertEquals(2, user.sessionsEnded());
    }
}
