package io.hearth.platform.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hearth.catalog")
public interface CatalogConfig {

    Cache cache();

    interface Cache {

        /** Cache the customer catalog reads in Redis. */
        @WithDefault("true")
        boolean enabled();

        /** How long an entry lives; changes invalidate at once, this only bounds memory and lost invalidations. */
        @WithDefault("10m")
        Duration ttl();

        /**
         * How long a replica trusts the tenant's generation it read last before asking Redis again: the bound on how
         * late another replica's change is seen (the replica that made the change sees it at once). 0 = every read.
         */
        @WithDefault("1s")
        Duration generationCheck();

        /** Entries kept in each replica's memory (decoded answers, per tenant, generation and query). */
        @WithDefault("10000")
        long localEntries();
    }
}
