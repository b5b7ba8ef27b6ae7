package io.hearth.platform.tenant.directory;

/**
 * Tenants' organizations and owner accounts in the identity provider. Every operation converges:
 * calling it again, for instance after a crash half-way, never duplicates anything.
 *
 * <p>Failures: {@link DirectoryUnavailableException} (503) when the directory cannot be reached or
 * refuses the platform's credentials, {@link DirectoryConflictException} (409) when the data clash
 * with what is already there (a username in another organization, a taken name or domain).
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
}
