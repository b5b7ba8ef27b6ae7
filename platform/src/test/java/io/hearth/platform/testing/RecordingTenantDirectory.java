package io.hearth.platform.testing;

import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.DirectoryConflictException;
import io.hearth.platform.tenant.directory.DirectoryUnavailableException;
import io.hearth.platform.tenant.directory.OwnerAccount;
import io.hearth.platform.tenant.directory.OwnerRequest;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link TenantDirectory} of the test suite: keeps organizations and owners in memory, behaves
 * like Keycloak (same id on a second call, conflicts on a taken name or a username of another
 * organization) and lets a test inspect what was asked ({@link #organizations()}, {@link #owners()})
 * or simulate an outage ({@link #failWhenCalled}).
 *
 * <p>Active when the build property {@code hearth.testing.directory} is {@code in-memory}, as the
 * test classpath's META-INF/microprofile-config.properties sets it; the keycloak-tagged tests
 * override it, so they get the real {@code KeycloakTenantDirectory}.
 */
@ApplicationScoped
@IfBuildProperty(name = "hearth.testing.directory", stringValue = "in-memory")
public class RecordingTenantDirectory implements TenantDirectory {

    public record Organization(String id, String slug, String name, List<String> domains, boolean enabled) {
    }

    public record Owner(String organizationId, String userId, OwnerRequest request, String temporaryPassword) {
    }

    private final Map<String, Organization> organizationsById = new LinkedHashMap<>();
    private final Map<String, Owner> ownersByUsername = new LinkedHashMap<>();
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
        return id;
    }

    @Override
    public synchronized OwnerAccount ensureOwner(String organizationId, OwnerRequest owner) {
        failIfAsked();
        requireOrganization(organizationId);
        Owner existing = ownersByUsername.get(owner.username());
        if (existing != null) {
            if (!existing.organizationId().equals(organizationId)) {
                throw new DirectoryConflictException(owner.username());
            }
            return new OwnerAccount(existing.userId(), owner.username(), false, null);
        }
        String password = "Temp-" + UUID.randomUUID().toString().substring(0, 12);
        Owner created = new Owner(organizationId, UUID.randomUUID().toString(), owner, password);
        ownersByUsername.put(owner.username(), created);
        return new OwnerAccount(created.userId(), owner.username(), true, password);
    }

    @Override
    public synchronized void setOrganizationEnabled(String organizationId, boolean enabled) {
        failIfAsked();
        Organization o = requireOrganization(organizationId);
        organizationsById.put(organizationId, new Organization(o.id(), o.slug(), o.name(), o.domains(), enabled));
    }

    /** The organizations in creation order. */
    public synchronized List<Organization> organizations() {
        return List.copyOf(organizationsById.values());
    }

    public synchronized Optional<Organization> organization(String slug) {
        return organizationsById.values().stream().filter(o -> o.slug().equals(slug)).findFirst();
    }

    /** The owners in creation order. */
    public synchronized List<Owner> owners() {
        return List.copyOf(ownersByUsername.values());
    }

    /** Every call fails with {@code failure} until {@link #reset()}; e.g. {@code unavailable()}. */
    public synchronized void failWhenCalled(ApiException failure) {
        this.failure = failure;
    }

    public static ApiException unavailable() {
        return new DirectoryUnavailableException(new IllegalStateException("simulated outage"));
    }

    /** Forgets everything; call it in {@code @BeforeEach} (the bean lives as long as the application). */
    public synchronized void reset() {
        organizationsById.clear();
        ownersByUsername.clear();
        failure = null;
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }

    private Organization requireOrganization(String organizationId) {
        Organization o = organizationsById.get(organizationId);
        if (o == null) {
            throw ApiException.notFound("Organization", organizationId);
        }
        return o;
    }
}
