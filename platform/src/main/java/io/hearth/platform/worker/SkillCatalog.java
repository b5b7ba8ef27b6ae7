package io.hearth.platform.worker;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The service items of the current tenant's catalog, as far as workers need them. Implemented by the
 * catalog feature ({@code catalog.CatalogSkills}).
 */
public interface SkillCatalog {

    /** Those of {@code ids} that are service items of the current tenant. */
    Set<UUID> existing(Collection<UUID> ids);
}
