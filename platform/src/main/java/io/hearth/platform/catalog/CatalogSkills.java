package io.hearth.platform.catalog;

import io.hearth.platform.worker.SkillCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Workers' skills are service items of the same tenant's catalog. */
@ApplicationScoped
public class CatalogSkills implements SkillCatalog {

    @Inject
    CatalogService catalog;

    @Override
    public Set<UUID> existing(Collection<UUID> ids) {
        return catalog.existingItemIds(ids);
    }
}
