package io.hearth.platform.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * "Worker gender available" in the customer search: the items at least one approved worker of that
 * gender does. Implemented by the workforce feature; runs like {@link ItemKeywordSource} (tenant in
 * context, inside a transaction, cached with the catalog).
 */
public interface ItemWorkerFilter {

    /** {@code gender}: FEMALE or MALE. */
    Set<UUID> itemsOfferedBy(String gender);
}
