/**
 * Tenant isolation for every layer: the caller's tenant from the verified token, the per-thread
 * {@link io.hearth.platform.shared.tenancy.TenantContext}, and Hibernate's discriminator fed from it.
 */
package io.hearth.platform.shared.tenancy;
