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
    }
}
