package io.hearth.platform.tenant.provisioning;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.hearth.platform.tenant.ProvisionedTenant;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Read, compare, write only on a difference: unlike a blind replace or server-side apply, a repeated
 * reconcile leaves the resourceVersion alone, so nothing watching the resources is woken for nothing.
 */
final class ResourceReconciler {

    private static final Logger LOG = Logger.getLogger(ResourceReconciler.class);
    private static final int ATTEMPTS = 3;

    private ResourceReconciler() {
    }

    /**
     * Creates {@code desired}, or updates the existing resource to {@code merge(existing, desired)}
     * when that differs. A 409 means another replica created or changed it between our read and
     * our write (the update carries the resourceVersion we read): read again and retry.
     */
    static <T extends HasMetadata, L extends KubernetesResourceList<T>> void apply(
            NonNamespaceOperation<T, L, Resource<T>> resources, T desired, ProvisionedTenant tenant,
            BinaryOperator<T> merge) {
        String name = desired.getMetadata().getName();
        for (int attempt = 1;; attempt++) {
            T existing = resources.withName(name).get();
            try {
                if (existing == null) {
                    resources.resource(desired).create();
                    LOG.infof("Created %s %s of tenant %s", desired.getKind(), name, tenant.slug());
                    return;
                }
                requireOwnedBy(existing, tenant);
                T merged = merge.apply(existing, desired);
                if (!merged.equals(existing)) {
                    resources.resource(merged).update();
                    LOG.infof("Updated %s %s of tenant %s", desired.getKind(), name, tenant.slug());
                }
                return;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409 || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Deletes the tenant's resources of this kind (found by label) whose names are not in {@code keep}. */
    static <T extends HasMetadata, L extends KubernetesResourceList<T>> void deleteOthers(
            NonNamespaceOperation<T, L, Resource<T>> resources, ProvisionedTenant tenant, List<? extends HasMetadata> keep) {
        Set<String> kept = keep.stream().map(r -> r.getMetadata().getName()).collect(Collectors.toSet());
        for (T item : resources.withLabels(TenantManifests.ownerSelector(tenant)).list().getItems()) {
            String name = item.getMetadata().getName();
            if (!kept.contains(name)) {
                resources.withName(name).delete();
                LOG.infof("Deleted %s %s of tenant %s", item.getKind(), name, tenant.slug());
            }
        }
    }

    /** A slug handed to a new tenant must not take over the resources another tenant still has. */
    private static void requireOwnedBy(HasMetadata existing, ProvisionedTenant tenant) {
        String owner = existing.getMetadata().getLabels() == null ? null
                : existing.getMetadata().getLabels().get(TenantManifests.TENANT_ID);
        if (owner != null && !owner.equals(tenant.id().toString())) {
            throw new IllegalStateException(existing.getKind() + " " + existing.getMetadata().getName()
                    + " belongs to tenant " + owner + ", not to " + tenant.id());
        }
    }
}
