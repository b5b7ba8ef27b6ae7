package io.hearth.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What differs between the two portals. */
@ConfigMapping(prefix = "hearth.portal")
public interface PortalConfig {

    /** Product name shown in the page title and header. */
    String title();

    /** Short name of the kind of tenant this portal serves, shown under the title. */
    @WithDefault("")
    String audience();
}
