package io.hearth.platform.tenant.provisioning;

import io.hearth.platform.tenant.ProvisionedTenant;
import io.hearth.platform.tenant.TenantBranding;
import io.hearth.platform.tenant.TenantType;
import java.util.UUID;

/** Tenants as the tenant service hands them to the provisioner. */
final class Tenants {

    private Tenants() {
    }

    static ProvisionedTenant company(String slug, String displayName, String h5Host) {
        return new ProvisionedTenant(UUID.randomUUID(), slug, TenantType.COMPANY,
                new TenantBranding(displayName, "https://cdn.hearth.test/" + slug + ".png", "#0a7cff", "wx" + slug, h5Host),
                "zh-CN", "Asia/Shanghai");
    }

    static ProvisionedTenant withBranding(ProvisionedTenant tenant, String displayName, String h5Host) {
        TenantBranding b = tenant.branding();
        return new ProvisionedTenant(tenant.id(), tenant.slug(), tenant.type(),
                new TenantBranding(displayName, b.logoUrl(), b.primaryColor(), b.miniProgramAppId(), h5Host),
                tenant.defaultLocale(), tenant.timeZone());
    }
}
