package io.hearth.platform.tenant.staff;

import io.hearth.platform.tenant.directory.StaffMember;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public final class StaffDto {

    /** Keycloak usernames: lower case (Keycloak lowers them anyway), as for the owner the super-admin creates. */
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";

    private StaffDto() {
    }

    /** A staff account; {@code roles} are tenant roles only. */
    public record Account(String id, String username, String email, String firstName, String lastName,
            List<String> roles, boolean enabled, Instant createdAt) {

        static Account of(StaffMember m) {
            return new Account(m.id(), m.username(), m.email(), m.firstName(), m.lastName(), m.roles(), m.enabled(),
                    m.createdAt());
        }
    }

    /**
     * Every account of the tenant, sorted by username.
     *
     * @param enabledAccounts how many accounts are enabled: these count against the plan
     * @param maxStaffAccounts the plan's limit of enabled accounts; null when the tenant has no plan (no limit)
     */
    public record Staff(List<Account> items, int enabledAccounts, Integer maxStaffAccounts) {
    }

    public record Invite(
            @NotBlank @Pattern(regexp = USERNAME) String username,
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 60) String firstName,
            @Size(max = 60) String lastName,
            @NotEmpty @Size(max = 6) Set<@NotBlank String> roles) {
    }

    /** The temporary password is shown once: the platform keeps no copy, and the user must change it at sign-in. */
    public record Invited(Account account, String temporaryPassword) {
    }

    public record RolesChange(@NotEmpty @Size(max = 6) Set<@NotBlank String> roles) {
    }

    public record PasswordReset(Account account, String temporaryPassword) {
    }

    /** What the audit log keeps of an account: never a password, no e-mail or names. */
    record Audited(UUID tenantId, String username, List<String> roles, boolean enabled) {

        static Audited of(UUID tenantId, StaffMember m) {
            return new Audited(tenantId, m.username(), m.roles(), m.enabled());
        }
    }

    /** Marks that a temporary password was issued, without it. */
    record AuditedReset(UUID tenantId, String username, boolean temporaryPasswordIssued) {
    }
}
