package io.hearth.platform.shared.tenancy;

import io.hearth.platform.tenant.TenantStatus;
import io.hearth.platform.tenant.TenantType;
import java.util.UUID;

/** The few facts about a tenant that every request needs. */
public record TenantRef(UUID id, String slug, TenantType type, TenantStatus status, String defaultLocale,
        String timeZone) {
}
