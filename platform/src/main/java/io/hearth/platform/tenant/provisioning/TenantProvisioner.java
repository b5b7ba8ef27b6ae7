package io.hearth.platform.tenant.provisioning;

import io.hearth.platform.tenant.ProvisionedTenant;

public interface TenantProvisioner {

    void reconcile(ProvisionedTenant tenant);

    void remove(ProvisionedTenant tenant);
}
