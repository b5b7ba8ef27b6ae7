package io.hearth.platform.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator (hence no findById). */
@ApplicationScoped
public class ServiceItemRepository implements PanacheRepositoryBase<ServiceItem, UUID> {

    public Optional<ServiceItem> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
