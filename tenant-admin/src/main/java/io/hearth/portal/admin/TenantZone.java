package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.StaffSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The tenant's time zone, asked of the platform once per request: "today", "this week" and the times staff type
 * into forms are in the tenant's zone, as the platform's date filters are. Shanghai if the platform does not say.
 */
@RequestScoped
@io.quarkus.arc.Unremovable
public class TenantZone {

    static final ZoneId FALLBACK = ZoneId.of("Asia/Shanghai");

    @Inject
    @RestClient
    PlatformClient platform;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = resolve();
        }
        return zone;
    }

    private ZoneId resolve() {
        try {
            StaffSession me = platform.me();
            if (me != null && me.tenant() != null && me.tenant().timeZone() != null) {
                return ZoneId.of(me.tenant().timeZone());
            }
        } catch (DateTimeException | io.hearth.portal.web.PlatformRefused | jakarta.ws.rs.WebApplicationException
                | jakarta.ws.rs.ProcessingException e) {
            // the pages still work with the fallback
        }
        return FALLBACK;
    }
}
