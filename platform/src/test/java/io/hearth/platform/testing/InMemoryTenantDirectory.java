package io.hearth.platform.testing;

import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.OwnerAccount;
import io.hearth.platform.tenant.directory.OwnerRequest;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Keycloak stand-in for the main suite: records organizations and owners, can simulate an outage. */
@Mock
@ApplicationScoped
public class InMemoryTenantDirectory implements TenantDirectory {

    public record Organization(String id, String slug, String name, boolean enabled) {
    }

    private final Map<String, Organization> organizationsBySlug = new ConcurrentHashMap<>();
    private final Map<String, OwnerAccount> ownersByUsername = new ConcurrentHashMap<>();
    private volatile boolean down;

    public void setDown(boolean down) {
        this.down = down;
    }

    public Organization organization(String slug) {
        return organizationsBySlug.get(slug);
    }

    public OwnerAccount owner(String username) {
        return ownersByUsername.get(username);
    }

    @Override
    public String ensureOrganization(String slug, String name, String domain) {
        failIfDown();
        return organizationsBySlug.compute(slug, (k, existing) -> existing == null
                ? new Organization(UUID.randomUUID().toString(), slug, name, true)
                : new Organization(existing.id(), slug, name, existing.enabled())).id();
    }

    @Override
    public OwnerAccount ensureOwner(String organizationId, OwnerRequest owner) {
        failIfDown();
        OwnerAccount existing = ownersByUsername.get(owner.username());
        if (existing != null) {
            return new OwnerAccount(existing.userId(), existing.username(), false, null);
        }
        OwnerAccount created = new OwnerAccount(UUID.randomUUID().toString(), owner.username(), true, "Temp-" + UUID.randomUUID());
        ownersByUsername.put(owner.username(), created);
        return created;
    }

    @Override
    public void setOrganizationEnabled(String organizationId, boolean enabled) {
        failIfDown();
        organizationsBySlug.replaceAll((slug, org) -> org.id().equals(organizationId)
                ? new Organization(org.id(), org.slug(), org.name(), enabled) : org);
    }

    private void failIfDown() {
        if (down) {
            throw new ApiException(503, "directory-unavailable");
        }
    }
}
