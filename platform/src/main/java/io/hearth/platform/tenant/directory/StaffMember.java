package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.security.Roles;
import java.time.Instant;
import java.util.List;

/**
 * A member of a tenant's organization as the directory holds it.
 *
 * @param roles the member's tenant roles only ({@link TenantRoles#ALL} order), never its other realm roles
 * @param createdAt when the account was created (null if the directory does not say)
 */
public record StaffMember(String id, String username, String email, String firstName, String lastName,
        List<String> roles, boolean enabled, Instant createdAt) {

    public boolean enabledOwner() {
        return enabled && roles.contains(Roles.OWNER);
    }
}
