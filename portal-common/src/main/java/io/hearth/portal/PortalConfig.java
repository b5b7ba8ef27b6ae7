package io.hearth.portal;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** What differs between the two portals. */
@ConfigMapping(prefix = "hearth.portal")
public interface PortalConfig {

    /** Product name shown in the page title and header. */
    String title();

    /**
     * Short name of the kind of tenant this portal serves, shown under the title, per language tag
     * ({@code hearth.portal.audience.en}, {@code hearth.portal.audience.zh-CN}).
     */
    Map<String, String> audience();
}
