package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationMembersResource;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.jboss.logging.Logger;

/**
 * {@link TenantDirectory} on Keycloak's Admin REST API (Organizations, users, realm roles), through
 * the admin client that {@code quarkus-keycloak-admin-rest-client} configures from
 * {@code quarkus.keycloak.admin-client.*} (service account of client {@code hearth-platform}).
 *
 * <p>Writes go first and a conflict is resolved by looking at what exists, rather than looking
 * first: two replicas provisioning the same tenant cannot both create it.
 */
@DefaultBean
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

    static final String OWNER_ROLE = "owner";
    private static final Logger LOG = Logger.getLogger(KeycloakTenantDirectory.class);
    private static final int PAGE = 100;

    private final Supplier<Keycloak> keycloak;
    private final String realm;
    private final KeycloakFailures failures = new KeycloakFailures();

    @Inject
    KeycloakTenantDirectory(Instance<Keycloak> keycloak,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.server-url") Optional<String> serverUrl,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = () -> {
            if (serverUrl.isEmpty()) {
                throw failures.notConfigured();
            }
            return keycloak.get();
        };
        this.realm = realm;
    }

    /** For a client built by hand (tests: a server that does not answer). */
    public KeycloakTenantDirectory(Keycloak keycloak, String realm) {
        this.keycloak = () -> keycloak;
        this.realm = realm;
    }

    @Override
    public String ensureOrganization(String slug, String name, String domain) {
        boolean hasDomain = domain != null && !domain.isBlank();
        // a 409 may be about the name or the domain: name both
        String subject = hasDomain ? name + " / " + domain : name;
        return failures.translate(subject, () -> {
            OrganizationsResource organizations = realm().organizations();
            OrganizationRepresentation wanted = new OrganizationRepresentation();
            wanted.setAlias(slug);
            wanted.setName(name);
            wanted.setEnabled(true);
            if (hasDomain) {
                wanted.addDomain(new OrganizationDomainRepresentation(domain));
            }
            try (Response created = organizations.create(wanted)) {
                if (created.getStatus() != 409) {
                    failures.requireSuccess(created);
                    return CreatedResponseUtil.getCreatedId(created);
                }
            }
            // The alias, name or domain is taken: ours to adopt only if the alias is.
            OrganizationRepresentation existing = findByAlias(organizations, slug)
                    .orElseThrow(() -> new DirectoryConflictException(subject));
            adopt(organizations, existing.getId(), name, domain);
            return existing.getId();
        });
    }

    @Override
    public OwnerAccount ensureOwner(String organizationId, OwnerRequest owner) {
        return failures.translate(owner.username(), () -> {
            RealmResource realm = realm();
            requireOrganization(realm, organizationId);
            String userId = findUser(realm, owner.username()).map(UserRepresentation::getId).orElse(null);
            String password = null;
            if (userId == null) {
                String candidate = TemporaryPassword.generate();
                userId = createUser(realm, owner, candidate);
                if (userId != null) {
                    password = candidate;
                } else { // taken between our search and our create, or the e-mail belongs to someone else
                    userId = findUser(realm, owner.username()).map(UserRepresentation::getId)
                            .orElseThrow(() -> new DirectoryConflictException(owner.email()));
                }
            }
            boolean member = requireNoOtherOrganization(realm, userId, organizationId, owner.username());
            realm.users().get(userId).roles().realmLevel()
                    .add(List.of(realm.roles().get(OWNER_ROLE).toRepresentation()));
            if (!member) {
                try (Response added = realm.organizations().get(organizationId).members().addMember(userId)) {
                    if (added.getStatus() != 409) { // 409: a concurrent call added it
                        failures.requireSuccess(added);
                    }
                }
            }
            return new OwnerAccount(userId, owner.username(), password != null, password);
        });
    }

    @Override
    public void setOrganizationEnabled(String organizationId, boolean enabled) {
        failures.translate(organizationId, () -> {
            OrganizationRepresentation organization = requireOrganization(realm(), organizationId);
            if (organization.isEnabled() != enabled) {
                organization.setEnabled(enabled);
                try (Response updated = realm().organizations().get(organizationId).update(organization)) {
                    failures.requireSuccess(updated);
                }
            }
            return null;
        });
    }

    @Override
    public List<StaffMember> members(String organizationId) {
        return failures.translate(organizationId, () -> {
            RealmResource realm = realm();
            requireOrganization(realm, organizationId);
            OrganizationMembersResource members = realm.organizations().get(organizationId).members();
            List<StaffMember> found = new ArrayList<>();
            for (int first = 0;; first += PAGE) {
                List<MemberRepresentation> page = members.list(first, PAGE);
                // The member listing has no roles: one call per member, bounded by the plan's staff limit.
                page.forEach(m -> found.add(staffMember(realm, m)));
                if (page.size() < PAGE) {
                    return found;
                }
            }
        });
    }

    @Override
    public StaffMember member(String organizationId, String userId) {
        return failures.translate(userId, () -> {
            RealmResource realm = realm();
            return staffMember(realm, requireMember(realm, organizationId, userId));
        });
    }

    @Override
    public CreatedMember createMember(String organizationId, MemberRequest request) {
        TenantRoles.requireOnlyTenantRoles(request.roles());
        return failures.translate(request.username(), () -> {
            RealmResource realm = realm();
            requireOrganization(realm, organizationId);
            // Looked up before the user exists: a role missing from the realm leaves nothing behind.
            List<RoleRepresentation> roles = realmRoles(realm, request.roles());
            String password = TemporaryPassword.generate();
            String userId;
            try (Response created = realm.users().create(newUser(request.username(), request.email(),
                    request.firstName(), request.lastName(), password))) {
                if (created.getStatus() == 409) {
                    // Never adopt an existing user: it may be another tenant's, or a platform account.
                    throw findUser(realm, request.username()).isPresent()
                            ? new DirectoryConflictException(request.username(), "username")
                            : new DirectoryConflictException(request.email(), "email");
                }
                failures.requireSuccess(created);
                userId = CreatedResponseUtil.getCreatedId(created);
            }
            try {
                try (Response added = realm.organizations().get(organizationId).members().addMember(userId)) {
                    failures.requireSuccess(added);
                }
                if (!roles.isEmpty()) {
                    realm.users().get(userId).roles().realmLevel().add(roles);
                }
            } catch (RuntimeException e) {
                // A half-made account would hold the username and e-mail: remove it so the owner can simply retry.
                removeQuietly(realm, userId);
                throw e;
            }
            return new CreatedMember(staffMember(realm, realm.users().get(userId).toRepresentation()), password);
        });
    }

    @Override
    public StaffMember setMemberRoles(String organizationId, String userId, Set<String> roles) {
        TenantRoles.requireOnlyTenantRoles(roles);
        return failures.translate(userId, () -> {
            RealmResource realm = realm();
            UserRepresentation user = requireMember(realm, organizationId, userId);
            RoleScopeResource mapping = realm.users().get(userId).roles().realmLevel();
            List<RoleRepresentation> current = mapping.listAll();
            Set<String> held = current.stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
            List<RoleRepresentation> removed = current.stream()
                    .filter(r -> TenantRoles.isTenantRole(r.getName()) && !roles.contains(r.getName())).toList();
            List<RoleRepresentation> added = realmRoles(realm, roles.stream().filter(r -> !held.contains(r)).toList());
            if (!added.isEmpty()) {
                mapping.add(added);
            }
            if (!removed.isEmpty()) {
                mapping.remove(removed);
            }
            return staffMember(realm, user);
        });
    }

    @Override
    public StaffMember setMemberEnabled(String organizationId, String userId, boolean enabled) {
        return failures.translate(userId, () -> {
            RealmResource realm = realm();
            requireMember(realm, organizationId, userId);
            UserResource resource = realm.users().get(userId);
            // The whole representation goes back: a partial one could drop the user's attributes.
            UserRepresentation user = resource.toRepresentation();
            if (!Objects.equals(user.isEnabled(), enabled)) {
                user.setEnabled(enabled);
                resource.update(user);
            }
            if (!enabled) {
                resource.logout();
            }
            return staffMember(realm, user);
        });
    }

    @Override
    public String resetMemberPassword(String organizationId, String userId) {
        String password = TemporaryPassword.generate();
        return failures.translate(userId, () -> {
            RealmResource realm = realm();
            requireMember(realm, organizationId, userId);
            UserResource resource = realm.users().get(userId);
            // temporary = true makes Keycloak require UPDATE_PASSWORD at the next sign-in
            resource.resetPassword(temporaryPassword(password));
            resource.logout();
            return password;
        });
    }

    private RealmResource realm() {
        return keycloak.get().realm(realm);
    }

    private static Optional<OrganizationRepresentation> findByAlias(OrganizationsResource organizations, String alias) {
        // The Admin API searches names and domains, not aliases: page through the brief listing.
        for (int first = 0;; first += PAGE) {
            List<OrganizationRepresentation> page = organizations.list(first, PAGE);
            Optional<OrganizationRepresentation> found = page.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
            if (found.isPresent() || page.size() < PAGE) {
                return found;
            }
        }
    }

    private void adopt(OrganizationsResource organizations, String id, String name, String domain) {
        OrganizationRepresentation organization = organizations.get(id).toRepresentation();
        boolean changed = !name.equals(organization.getName());
        organization.setName(name);
        if (domain != null && !domain.isBlank() && organization.getDomain(domain) == null) {
            organization.addDomain(new OrganizationDomainRepresentation(domain));
            changed = true;
        }
        if (changed) {
            try (Response updated = organizations.get(id).update(organization)) {
                failures.requireSuccess(updated);
            }
        }
    }

    private static OrganizationRepresentation requireOrganization(RealmResource realm, String organizationId) {
        try {
            return realm.organizations().get(organizationId).toRepresentation();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ApiException.notFound("Organization", organizationId);
            }
            throw e;
        }
    }

    private static Optional<UserRepresentation> findUser(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).findFirst();
    }

    /** The new user's id, or null when the username was taken in the meantime. */
    private String createUser(RealmResource realm, OwnerRequest owner, String password) {
        UserRepresentation user = newUser(owner.username(), owner.email(), owner.firstName(), owner.lastName(), password);
        if (owner.phone() != null && !owner.phone().isBlank()) {
            user.singleAttribute("phone", owner.phone());
        }
        try (Response created = realm.users().create(user)) {
            if (created.getStatus() == 409) {
                return null;
            }
            failures.requireSuccess(created);
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    /** Enabled, e-mail not verified, a temporary password and the UPDATE_PASSWORD action. */
    private static UserRepresentation newUser(String username, String email, String firstName, String lastName,
            String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        user.setCredentials(List.of(temporaryPassword(password)));
        return user;
    }

    private static CredentialRepresentation temporaryPassword(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    /** True if the user is a member of this organization already; a conflict if of another one. */
    private static boolean requireNoOtherOrganization(RealmResource realm, String userId, String organizationId,
            String username) {
        List<OrganizationRepresentation> memberships = realm.organizations().members().getOrganizations(userId, true);
        if (memberships.stream().anyMatch(o -> !organizationId.equals(o.getId()))) {
            throw new DirectoryConflictException(username);
        }
        return !memberships.isEmpty();
    }

    /** The user if it is a member of the organization; otherwise 404, whether or not the user exists elsewhere. */
    private static UserRepresentation requireMember(RealmResource realm, String organizationId, String userId) {
        requireOrganization(realm, organizationId);
        try {
            return realm.organizations().get(organizationId).members().member(userId).toRepresentation();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ApiException.notFound("Staff member", userId);
            }
            throw e;
        }
    }

    private static StaffMember staffMember(RealmResource realm, UserRepresentation user) {
        List<String> roles = realm.users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).toList();
        return new StaffMember(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
                user.getLastName(), TenantRoles.of(roles), Boolean.TRUE.equals(user.isEnabled()),
                user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()));
    }

    private static List<RoleRepresentation> realmRoles(RealmResource realm, java.util.Collection<String> names) {
        return TenantRoles.of(names).stream().map(name -> realm.roles().get(name).toRepresentation()).toList();
    }

    private static void removeQuietly(RealmResource realm, String userId) {
        try (Response removed = realm.users().delete(userId)) {
            if (removed.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                LOG.errorf("Could not remove half-created user %s (HTTP %d): remove it in Keycloak", userId,
                        removed.getStatus());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove half-created user %s: remove it in Keycloak", userId);
        }
    }
}
