package io.hearth.platform.tenant.provisioning;

import io.hearth.platform.tenant.ProvisionedTenant;

/** Keeps the infrastructure of a tenant in line with its data. Both operations are idempotent. */
public interface TenantProvisioner {

    /** Creates or updates what the tenant needs (on activation and on every branding change). */
    void reconcile(ProvisionedTenant tenant);

    /** Deletes everything provisioned for the tenant (on close); nothing to delete is not an error. */
    void remove(ProvisionedTenant tenant);
}
