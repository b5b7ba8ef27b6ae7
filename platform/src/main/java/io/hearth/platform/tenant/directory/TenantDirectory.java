package io.hearth.platform.tenant.directory;

import java.util.List;
import java.util.Set;

/**
 * Tenants' organizations and owner accounts in the identity provider. Every operation converges:
 * calling it again, for instance after a crash half-way, never duplicates anything.
 *
 * <p>Failures: {@link DirectoryUnavailableException} (503) when the directory cannot be reached or
 * refuses the platform's credentials, {@link DirectoryConflictException} (409) when the data clash
 * with what is already there (a username in another organization, a taken name or domain).
 *
 * <p>Staff members: a user id that is not a member of the given organization is not found (404), whether or not
 * such a user exists elsewhere in the realm, so one tenant can never reach another's accounts (or the
 * platform's) by guessing ids.
 */
public interface TenantDirectory {

    /**
     * Creates the organization with alias {@code slug}, or adopts the existing one (its name is
     * updated, {@code domain} added if missing).
     *
     * @param domain optional e-mail domain of the organization (Keycloak does not require one)
     * @return the organization id
     */
    String ensureOrganization(String slug, String name, String domain);

    /**
     * Finds the owner by username or creates it (with a temporary password and the UPDATE_PASSWORD
     * action), grants realm role {@code owner} and makes it a member of the organization.
     */
    OwnerAccount ensureOwner(String organizationId, OwnerRequest owner);

    /** A disabled organization's members cannot sign in through it. */
    void setOrganizationEnabled(String organizationId, boolean enabled);

    /**
     * The organization's members, each with its tenant roles (only those of {@link TenantRoles#ALL}), enabled flag
     * and creation time; in no particular order.
     */
    List<StaffMember> members(String organizationId);

    /** One member of the organization; 404 when {@code userId} is not a member of it. */
    StaffMember member(String organizationId, String userId);

    /**
     * Creates a user with a temporary password and the UPDATE_PASSWORD required action, grants {@code roles} and
     * makes it a member of the organization. Never adopts an existing user: a taken username or e-mail is a
     * {@link DirectoryConflictException} naming the field. A failure half-way removes the half-made user.
     */
    CreatedMember createMember(String organizationId, MemberRequest request);

    /**
     * Makes {@code roles} (tenant roles, at least one) the member's tenant roles: grants the missing ones, removes
     * the other tenant roles, leaves every other realm role alone.
     */
    StaffMember setMemberRoles(String organizationId, String userId, Set<String> roles);

    /** Enables or disables the member's account; disabling also ends its sessions. Converges. */
    StaffMember setMemberEnabled(String organizationId, String userId, boolean enabled);

    /**
     * Replaces the member's password with a new temporary one (UPDATE_PASSWORD required at the next sign-in) and
     * ends its sessions.
     *
     * @return the new temporary password
     */
    String resetMemberPassword(String organizationId, String userId);
}
