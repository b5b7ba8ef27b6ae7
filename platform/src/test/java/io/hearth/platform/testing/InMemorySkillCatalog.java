package io.hearth.platform.testing;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.worker.SkillCatalog;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The {@link SkillCatalog} of the test suite until the catalog feature provides the real one:
 * service item ids per tenant, which tests create with {@link #add}. Like the real catalog it
 * answers for the current tenant only, so another tenant's item is unknown. Ids are random: no
 * reset needed. Active when the build property {@code hearth.testing.skill-catalog} is
 * {@code in-memory} (test classpath's META-INF/microprofile-config.properties).
 */
@ApplicationScoped
@IfBuildProperty(name = "hearth.testing.skill-catalog", stringValue = "in-memory")
public class InMemorySkillCatalog implements SkillCatalog {

    private final Map<UUID, Set<UUID>> itemsByTenant = new ConcurrentHashMap<>();

    /** A new service item of the tenant. */
    public UUID add(UUID tenantId) {
        UUID id = UUID.randomUUID();
        itemsByTenant.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet()).add(id);
        return id;
    }

    @Override
    public Set<UUID> existing(Collection<UUID> ids) {
        Set<UUID> items = itemsByTenant.getOrDefault(TenantContext.require(), Set.of());
        return ids.stream().filter(items::contains).collect(Collectors.toSet());
    }
}
