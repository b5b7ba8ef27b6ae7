package io.hearth.portal.api;

import java.time.Instant;
import java.util.List;

/** The tenant's staff accounts ({@code /api/tenant/staff}, owner only): Keycloak members of the tenant. */
public final class StaffApi {

    /** The tenant roles an account can have, in the order pages list them (the platform's {@code TenantRoles.ALL}). */
    public static final List<String> ROLES = List.of("owner", "dispatcher", "customer-service", "finance",
            "catalog-manager", "marketing");

    private StaffApi() {
    }

    public record Account(String id, String username, String email, String firstName, String lastName,
            List<String> roles, boolean enabled, Instant createdAt) {

        public boolean has(String role) {
            return roles != null && roles.contains(role);
        }
    }

    /** @param maxStaffAccounts the plan's limit of enabled accounts; null without a plan */
    public record Staff(List<Account> items, int enabledAccounts, Integer maxStaffAccounts) {
    }

    public record Invite(String username, String email, String firstName, String lastName, List<String> roles) {
    }

    /** The temporary password is in this answer only. */
    public record Invited(Account account, String temporaryPassword) {
    }

    public record RolesChange(List<String> roles) {
    }

    public record PasswordReset(Account account, String temporaryPassword) {
    }
}
