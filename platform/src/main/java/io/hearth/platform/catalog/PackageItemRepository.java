package io.hearth.platform.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class PackageItemRepository implements PanacheRepositoryBase<PackageItem, PackageItem.Key> {

    public List<PackageItem> ofPackages(Collection<UUID> packageIds) {
        return packageIds.isEmpty() ? List.of() : list("packageId in ?1", packageIds);
    }
}
