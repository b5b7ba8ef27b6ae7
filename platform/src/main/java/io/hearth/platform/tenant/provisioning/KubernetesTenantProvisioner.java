package io.hearth.platform.tenant.provisioning;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.hearth.platform.tenant.ProvisionedTenant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reconciles a tenant's branding ConfigMap and H5 Ingress in one namespace. It writes only when
 * the cluster differs from the tenant's data, keeps what others added to the resources (other
 * labels and annotations, status), and finds what it created by the tenant-id label, so a stale
 * Ingress is deleted and another tenant's resources are never touched.
 */
final class KubernetesTenantProvisioner implements TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(KubernetesTenantProvisioner.class);

    private final KubernetesClient client;
    private final String namespace;
    private final TenantManifests manifests;

    KubernetesTenantProvisioner(KubernetesClient client, String namespace, TenantManifests manifests) {
        this.client = client;
        this.namespace = namespace;
        this.manifests = manifests;
    }

    @Override
    public void reconcile(ProvisionedTenant tenant) {
        ConfigMap branding = manifests.branding(tenant);
        ResourceReconciler.apply(client.configMaps().inNamespace(namespace), branding, tenant,
                (existing, desired) -> new ConfigMapBuilder(existing)
                        .editMetadata().addToLabels(desired.getMetadata().getLabels()).endMetadata()
                        .withData(desired.getData())
                        .build());

        Optional<Ingress> h5 = manifests.h5Ingress(tenant);
        h5.ifPresent(ingress -> ResourceReconciler.apply(client.network().v1().ingresses().inNamespace(namespace),
                ingress, tenant,
                (existing, desired) -> new IngressBuilder(existing)
                        .editMetadata().addToLabels(desired.getMetadata().getLabels()).endMetadata()
                        .withSpec(desired.getSpec())
                        .build()));

        ResourceReconciler.deleteOthers(client.configMaps().inNamespace(namespace), tenant, List.of(branding));
        ResourceReconciler.deleteOthers(client.network().v1().ingresses().inNamespace(namespace), tenant,
                h5.map(List::of).orElse(List.of()));
        LOG.debugf("Reconciled Kubernetes resources of tenant %s in %s", tenant.slug(), namespace);
    }

    @Override
    public void remove(ProvisionedTenant tenant) {
        ResourceReconciler.deleteOthers(client.configMaps().inNamespace(namespace), tenant, List.of());
        ResourceReconciler.deleteOthers(client.network().v1().ingresses().inNamespace(namespace), tenant, List.of());
        LOG.infof("Removed Kubernetes resources of tenant %s from %s", tenant.slug(), namespace);
    }
}
