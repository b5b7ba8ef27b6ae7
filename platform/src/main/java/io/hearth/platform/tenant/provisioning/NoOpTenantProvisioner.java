package io.hearth.platform.tenant.provisioning;

import io.hearth.platform.tenant.ProvisionedTenant;
import org.jboss.logging.Logger;

/** Used when no cluster is configured (local runs, tests): tenants work, nothing is deployed for them. */
final class NoOpTenantProvisioner implements TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(NoOpTenantProvisioner.class);

    @Override
    public void reconcile(ProvisionedTenant tenant) {
        LOG.debugf("Kubernetes provisioning disabled: not reconciling tenant %s", tenant.slug());
    }

    @Override
    public void remove(ProvisionedTenant tenant) {
        LOG.debugf("Kubernetes provisioning disabled: not removing tenant %s", tenant.slug());
    }
}
