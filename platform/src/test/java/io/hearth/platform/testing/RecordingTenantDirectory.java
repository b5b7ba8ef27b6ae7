package io.hearth.platform.testing;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.CreatedMember;
import io.hearth.platform.tenant.directory.DirectoryConflictException;
import io.hearth.platform.tenant.directory.DirectoryUnavailableException;
import io.hearth.platform.tenant.directory.MemberRequest;
import io.hearth.platform.tenant.directory.OwnerAccount;
import io.hearth.platform.tenant.directory.OwnerRequest;
import io.hearth.platform.tenant.directory.StaffMember;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.hearth.platform.tenant.directory.TenantRoles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The {@link TenantDirectory} of the test suite: keeps a realm in memory — organizations, users with realm roles,
 * enabled flag, required actions and password, and organization memberships — and behaves like Keycloak does
 * through {@code KeycloakTenantDirectory}: same id on a second call, conflicts on a taken name, a username of another
 * organization or a taken username / e-mail (case-insensitive), new users get {@code default-roles-hearth}, a user
 * that is not a member of the organization is not found. A test can inspect what was asked
 * ({@link #organizations()}, {@link #owners()}, {@link #user}), add realm users and roles behind the API's back
 * ({@link #addRealmUser}, {@link #grantRealmRole}) or simulate an outage ({@link #failWhenCalled}).
 *
 * <p>Active when the build property {@code hearth.testing.directory} is {@code in-memory}, as the
 * test classpath's META-INF/microprofile-config.properties sets it; the keycloak-tagged tests
 * override it, so they get the real {@code KeycloakTenantDirectory}.
 */
@ApplicationScoped
@IfBuildProperty(name = "hearth.testing.directory", stringValue = "in-memory")
public class RecordingTenantDirectory implements TenantDirectory {

    /** What Keycloak grants every new user of realm hearth. */
    public static final String DEFAULT_ROLES = "default-roles-hearth";

    public record Organization(String id, String slug, String name, List<String> domains, boolean enabled) {
    }

    public record Owner(String organizationId, String userId, OwnerRequest request, String temporaryPassword) {
    }

    /**
     * A realm user.
     *
     * @param realmRoles every realm role mapped to the user, tenant roles or not
     * @param password the current password; {@code passwordTemporary} when it must be changed at the next sign-in
     * @param sessionsEnded how often the user's sessions were ended (disable, password reset)
     */
    public record User(String id, String username, String email, String firstName, String lastName, boolean enabled,
            Instant createdAt, Set<String> realmRoles, List<String> requiredActions, String password,
            boolean passwordTemporary, int sessionsEnded) {

        User with(UnaryOperator<Builder> change) {
            return change.apply(new Builder(this)).build();
        }
    }

    /** Copy-and-change of a {@link User}. */
    static final class Builder {
        private final User u;
        private boolean enabled;
        private Set<String> roles;
        private List<String> actions;
        private String password;
        private boolean temporary;
        private int sessionsEnded;

        Builder(User u) {
            this.u = u;
            this.enabled = u.enabled();
            this.roles = new LinkedHashSet<>(u.realmRoles());
            this.actions = new ArrayList<>(u.requiredActions());
            this.password = u.password();
            this.temporary = u.passwordTemporary();
            this.sessionsEnded = u.sessionsEnded();
        }

        Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        Builder roles(Set<String> value) {
            roles = new LinkedHashSet<>(value);
            return this;
        }

        Builder temporaryPassword(String value) {
            password = value;
            temporary = true;
            if (!actions.contains("UPDATE_PASSWORD")) {
                actions.add("UPDATE_PASSWORD");
            }
            return this;
        }

        Builder endSessions() {
            sessionsEnded++;
            return this;
        }

        User build() {
            return new User(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), enabled, u.createdAt(),
                    Set.copyOf(roles), List.copyOf(actions), password, temporary, sessionsEnded);
        }
    }

    private final Map<String, Organization> organizationsById = new LinkedHashMap<>();
    private final Map<String, User> usersById = new LinkedHashMap<>();
    private final Map<String, LinkedHashSet<String>> membersByOrganization = new LinkedHashMap<>();
    private final List<Owner> owners = new ArrayList<>();
    private ApiException failure;

    @Override
    public synchronized String ensureOrganization(String slug, String name, String domain) {
        failIfAsked();
        Optional<Organization> existing = organizationsById.values().stream().filter(o -> o.slug().equals(slug)).findFirst();
        if (organizationsById.values().stream().anyMatch(o -> o.name().equals(name) && !o.slug().equals(slug))) {
            throw new DirectoryConflictException(name);
        }
        List<String> domains = new ArrayList<>(existing.map(Organization::domains).orElse(List.of()));
        if (domain != null && !domain.isBlank() && !domains.contains(domain)) {
            domains.add(domain);
        }
        String id = existing.map(Organization::id).orElseGet(() -> UUID.randomUUID().toString());
        organizationsById.put(id, new Organization(id, slug, name, List.copyOf(domains),
                existing.map(Organization::enabled).orElse(true)));
        membersByOrganization.computeIfAbsent(id, k -> new LinkedHashSet<>());
        return id;
    }

    @Override
    public synchronized OwnerAccount ensureOwner(String organizationId, OwnerRequest owner) {
        failIfAsked();
        requireOrganization(organizationId);
        Optional<User> existing = byUsername(owner.username());
        String password = null;
        User user;
        if (existing.isPresent()) {
            user = existing.get();
        } else {
            if (owner.email() != null && byEmail(owner.email()).isPresent()) {
                throw new DirectoryConflictException(owner.email()); // Keycloak: 409 on create, no user by that name
            }
            password = "Temp-" + UUID.randomUUID().toString().substring(0, 12);
            user = newUser(owner.username(), owner.email(), owner.firstName(), owner.lastName(), password);
        }
        String userId = user.id();
        boolean elsewhere = membersByOrganization.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(organizationId) && e.getValue().contains(userId));
        if (elsewhere) {
            throw new DirectoryConflictException(owner.username());
        }
        Set<String> roles = new LinkedHashSet<>(user.realmRoles());
        roles.add(Roles.OWNER);
        usersById.put(userId, user.with(b -> b.roles(roles)));
        membersByOrganization.get(organizationId).add(userId);
        if (password != null) {
            owners.add(new Owner(organizationId, userId, owner, password));
        }
        return new OwnerAccount(userId, owner.username(), password != null, password);
    }

    @Override
    public synchronized void setOrganizationEnabled(String organizationId, boolean enabled) {
        failIfAsked();
        Organization o = requireOrganization(organizationId);
        organizationsById.put(organizationId, new Organization(o.id(), o.slug(), o.name(), o.domains(), enabled));
    }

    @Override
    public synchronized List<StaffMember> members(String organizationId) {
        failIfAsked();
        requireOrganization(organizationId);
        return membersByOrganization.get(organizationId).stream().map(id -> view(usersById.get(id))).toList();
    }

    @Override
    public synchronized StaffMember member(String organizationId, String userId) {
        failIfAsked();
        return view(requireMember(organizationId, userId));
    }

    @Override
    public synchronized CreatedMember createMember(String organizationId, MemberRequest request) {
        failIfAsked();
        requireTenantRoles(request.roles());
        requireOrganization(organizationId);
        if (byUsername(request.username()).isPresent()) {
            throw new DirectoryConflictException(request.username(), "username");
        }
        if (request.email() != null && byEmail(request.email()).isPresent()) {
            throw new DirectoryConflictException(request.email(), "email");
        }
        String password = "Temp-" + UUID.randomUUID().toString().substring(0, 12);
        User user = newUser(request.username(), request.email(), request.firstName(), request.lastName(), password);
        Set<String> roles = new LinkedHashSet<>(user.realmRoles());
        roles.addAll(request.roles());
        user = user.with(b -> b.roles(roles));
        usersById.put(user.id(), user);
        membersByOrganization.get(organizationId).add(user.id());
        return new CreatedMember(view(user), password);
    }

    @Override
    public synchronized StaffMember setMemberRoles(String organizationId, String userId, Set<String> roles) {
        failIfAsked();
        requireTenantRoles(roles);
        User user = requireMember(organizationId, userId);
        Set<String> next = new LinkedHashSet<>(user.realmRoles());
        next.removeIf(TenantRoles::isTenantRole);
        next.addAll(roles);
        User changed = user.with(b -> b.roles(next));
        usersById.put(userId, changed);
        return view(changed);
    }

    @Override
    public synchronized StaffMember setMemberEnabled(String organizationId, String userId, boolean enabled) {
        failIfAsked();
        User user = requireMember(organizationId, userId);
        User changed = user.with(b -> enabled ? b.enabled(true) : b.enabled(false).endSessions());
        usersById.put(userId, changed);
        return view(changed);
    }

    @Override
    public synchronized String resetMemberPassword(String organizationId, String userId) {
        failIfAsked();
        User user = requireMember(organizationId, userId);
        String password = "Temp-" + UUID.randomUUID().toString().substring(0, 12);
        usersById.put(userId, user.with(b -> b.temporaryPassword(password).endSessions()));
        return password;
    }

    /** The organizations in creation order. */
    public synchronized List<Organization> organizations() {
        return List.copyOf(organizationsById.values());
    }

    public synchronized Optional<Organization> organization(String slug) {
        return organizationsById.values().stream().filter(o -> o.slug().equals(slug)).findFirst();
    }

    /** The owners created by {@link #ensureOwner}, in creation order. */
    public synchronized List<Owner> owners() {
        return List.copyOf(owners);
    }

    /** A realm user as stored now (every realm role, required actions, password). */
    public synchronized Optional<User> user(String id) {
        return Optional.ofNullable(usersById.get(id));
    }

    public synchronized Optional<User> userByUsername(String username) {
        return byUsername(username);
    }

    /** The ids of an organization's members, in the order they joined. */
    public synchronized List<String> memberIds(String organizationId) {
        return List.copyOf(requireMembers(organizationId));
    }

    /** A realm user outside every organization (a platform account, say), as an administrator would add it. */
    public synchronized String addRealmUser(String username, String email, String... realmRoles) {
        if (byUsername(username).isPresent() || (email != null && byEmail(email).isPresent())) {
            throw new DirectoryConflictException(username);
        }
        User user = newUser(username, email, null, null, "Secret-" + UUID.randomUUID());
        Set<String> roles = new LinkedHashSet<>(user.realmRoles());
        roles.addAll(List.of(realmRoles));
        user = user.with(b -> b.roles(roles));
        usersById.put(user.id(), user);
        return user.id();
    }

    /** Maps a realm role to a user behind the staff API's back (e.g. a role a platform administrator granted). */
    public synchronized void grantRealmRole(String userId, String role) {
        User user = usersById.get(userId);
        Set<String> roles = new LinkedHashSet<>(user.realmRoles());
        roles.add(role);
        usersById.put(userId, user.with(b -> b.roles(roles)));
    }

    /**
     * Every call fails with {@code failure} (e.g. {@code unavailable()}) until {@link #reset()} or
     * {@code failWhenCalled(null)}, which ends the outage and keeps what is stored.
     */
    public synchronized void failWhenCalled(ApiException failure) {
        this.failure = failure;
    }

    public static ApiException unavailable() {
        return new DirectoryUnavailableException(new IllegalStateException("simulated outage"));
    }

    /** Forgets everything; call it in {@code @BeforeEach} (the bean lives as long as the application). */
    public synchronized void reset() {
        organizationsById.clear();
        usersById.clear();
        membersByOrganization.clear();
        owners.clear();
        failure = null;
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }

    private User newUser(String username, String email, String firstName, String lastName, String password) {
        // Keycloak stores usernames in lower case
        User user = new User(UUID.randomUUID().toString(), username.toLowerCase(Locale.ROOT), email, firstName, lastName,
                true, Instant.now(), Set.of(DEFAULT_ROLES), List.of("UPDATE_PASSWORD"), password, true, 0);
        usersById.put(user.id(), user);
        return user;
    }

    private Optional<User> byUsername(String username) {
        return usersById.values().stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    private Optional<User> byEmail(String email) {
        return usersById.values().stream().filter(u -> u.email() != null && u.email().equalsIgnoreCase(email))
                .findFirst();
    }

    private static void requireTenantRoles(Set<String> roles) {
        roles.stream().filter(r -> !TenantRoles.isTenantRole(r)).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException("Not a tenant role: " + r);
        });
    }

    private Organization requireOrganization(String organizationId) {
        Organization o = organizationsById.get(organizationId);
        if (o == null) {
            throw ApiException.notFound("Organization", organizationId);
        }
        return o;
    }

    private Set<String> requireMembers(String organizationId) {
        requireOrganization(organizationId);
        return membersByOrganization.get(organizationId);
    }

    /** Like Keycloak's {@code organizations/{id}/members/{userId}}: 404 for anyone not a member of this one. */
    private User requireMember(String organizationId, String userId) {
        if (!requireMembers(organizationId).contains(userId)) {
            throw ApiException.notFound("Staff member", userId);
        }
        return usersById.get(userId);
    }

    private static StaffMember view(User u) {
        return new StaffMember(u.id(), u.username(), u.email(), u.firstName(), u.lastName(),
                TenantRoles.of(u.realmRoles()), u.enabled(), u.createdAt());
    }
}
