/**
 * Kubernetes resources of each tenant: a branding ConfigMap and, when the tenant has an H5 host, an
 * Ingress for it. {@link io.hearth.platform.tenant.provisioning.TenantProvisioner} is what the tenant
 * service calls; it reconciles against the cluster when {@code hearth.provisioning.kubernetes.enabled}
 * is true and does nothing otherwise.
 */
package io.hearth.platform.tenant.provisioning;
