package io.hearth.platform.tenant.provisioning;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/**
 * Picks the provisioner at startup from {@code hearth.provisioning.kubernetes.enabled}, a runtime
 * setting (the Helm chart turns it on), so one build serves clusters and local runs alike.
 */
@ApplicationScoped
class TenantProvisionerProducer {

    private static final Logger LOG = Logger.getLogger(TenantProvisionerProducer.class);

    @Produces
    @ApplicationScoped
    TenantProvisioner tenantProvisioner(ProvisioningConfig config, Instance<KubernetesClient> client) {
        if (!config.kubernetes().enabled()) {
            LOG.info("Tenant provisioning: Kubernetes disabled (hearth.provisioning.kubernetes.enabled=false)");
            return new NoOpTenantProvisioner();
        }
        KubernetesClient kubernetes = client.get();
        String namespace = config.namespace().orElseGet(kubernetes::getNamespace);
        LOG.infof("Tenant provisioning: Kubernetes namespace %s", namespace);
        return new KubernetesTenantProvisioner(kubernetes, namespace, new TenantManifests(config));
    }
}
