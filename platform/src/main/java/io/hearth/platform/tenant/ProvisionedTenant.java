package io.hearth.platform.tenant;

public record ProvisionedTenant(java.util.UUID id, String slug, TenantType type, TenantBranding branding, String defaultLocale, String timeZone) {}
