package io.hearth.platform.tenant;

import java.util.UUID;

/** What the leaf components (Kubernetes provisioning, Keycloak directory) need to know about a tenant. */
public record ProvisionedTenant(UUID id, String slug, TenantType type, TenantBranding branding, String defaultLocale,
        String timeZone) {
}
