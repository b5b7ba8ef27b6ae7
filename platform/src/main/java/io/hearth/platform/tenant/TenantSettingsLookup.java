package io.hearth.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.UUID;

/** A tenant's settings and time zone for the features that follow them (orders, booking). */
@ApplicationScoped
public class TenantSettingsLookup {

    public record Effective(ZoneId zone, TenantSettings settings) {
    }

    @Inject
    TenantRepository tenants;

    /** Joins the caller's transaction when there is one; reads the tenant row itself (not tenant-discriminated). */
    public Effective of(UUID tenantId) {
        Tenant t = tenants.findByIdOptional(tenantId)
                .orElseThrow(() -> new IllegalStateException("Tenant " + tenantId + " not found"));
        return new Effective(ZoneId.of(t.timeZone), t.settings == null ? TenantSettings.defaults() : t.settings);
    }
}
