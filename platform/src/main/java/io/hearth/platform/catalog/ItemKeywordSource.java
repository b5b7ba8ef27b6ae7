package io.hearth.platform.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * Extension point of the customer keyword search: other features add items a keyword finds through
 * their own data. The workforce feature is meant to implement it for worker names and skills (a
 * worker named "王" or skilled in "育儿" finds the items that worker does). No implementation exists
 * yet, so today the search matches item names (every language) and tags only.
 * <p>
 * Implementations are CDI beans; they run with the browsed tenant in {@code TenantContext} and
 * inside a transaction. Their results are cached with the catalog: a change to what they match
 * must call {@link CatalogCache#invalidateAfterCommit}.
 */
public interface ItemKeywordSource {

    /** Ids of the current tenant's items that {@code keyword} (lower case, never blank) matches. */
    Set<UUID> itemIdsMatching(String keyword);
}
