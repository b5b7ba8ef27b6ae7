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
         * How long a replica trusts the tenant's generation it knows before asking Redis again. Changes reach the
         * other replicas at once through {@link #channel()}; this bounds how late one is seen when that message was
         * lost (the replica was not listening). 0 = every read.
         */
        @WithDefault("10s")
        Duration generationCheck();

        /**
         * Redis pub/sub channel on which a replica announces a tenant's new catalog generation. Pub/sub ignores the
         * Redis database number: environments sharing a Redis server need distinct channels.
         */
        @WithDefault("hearth:catalog")
        String channel();

        /** Entries kept in each replica's memory (decoded answers, per tenant, generation and query). */
        @WithDefault("10000")
        long localEntries();
    }
}
