package io.hearth.platform.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * Extension point of the customer keyword search: other features add items a keyword finds through
 * their own data: {@code worker.WorkerKeywordSource} makes an approved worker's name find the items
 * that worker does (a skill is an item, so skill names are item names, matched by the catalog).
 * <p>
 * Implementations are CDI beans; they run with the browsed tenant in {@code TenantContext} and
 * inside a transaction. Their results are cached with the catalog: a change to what they match
 * must call {@link CatalogCache#invalidateAfterCommit}.
 */
public interface ItemKeywordSource {

    /** Ids of the current tenant's items that {@code keyword} (lower case, never blank) matches. */
    Set<UUID> itemIdsMatching(String keyword);
}
