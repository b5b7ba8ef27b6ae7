package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.security.Roles;
import java.util.Collection;
import java.util.List;

/**
 * The realm roles that make someone a tenant's staff (DESIGN.md §3). The staff API grants and removes these and no
 * others: a member's other realm roles (Keycloak's {@code default-roles-hearth}, anything an administrator added)
 * are never touched.
 */
public final class TenantRoles {

    /** In the order pages and answers list them. */
    public static final List<String> ALL = List.of(Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE,
            Roles.FINANCE, Roles.CATALOG_MANAGER, Roles.MARKETING);

    private TenantRoles() {
    }

    public static boolean isTenantRole(String role) {
        return ALL.contains(role);
    }

    /** The tenant roles among {@code roles}, in {@link #ALL}'s order. */
    public static List<String> of(Collection<String> roles) {
        return ALL.stream().filter(roles::contains).toList();
    }

    /** Callers validate first (the staff API answers 422); this only guards the directory against a slip. */
    static void requireOnlyTenantRoles(Collection<String> roles) {
        roles.stream().filter(r -> !isTenantRole(r)).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException("Not a tenant role: " + r);
        });
    }
}
