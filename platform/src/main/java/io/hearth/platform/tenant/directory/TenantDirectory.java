package io.hearth.platform.tenant.directory;

public interface TenantDirectory {

    String ensureOrganization(String slug, String name, String domain);

    OwnerAccount ensureOwner(String organizationId, OwnerRequest owner);

    void setOrganizationEnabled(String organizationId, boolean enabled);
}
