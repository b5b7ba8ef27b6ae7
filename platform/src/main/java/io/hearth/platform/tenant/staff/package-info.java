/**
 * The staff accounts of a tenant, managed by its owner ({@code /api/tenant/staff}): Keycloak users that are members
 * of the tenant's organization, with tenant roles. The accounts live in the directory
 * ({@link io.hearth.platform.tenant.directory.TenantDirectory}), not in the database; this feature adds the plan's
 * staff limit, the guard rails that keep a company from locking itself out ({@link io.hearth.platform.tenant.staff.StaffRules})
 * and the audit entries.
 */
package io.hearth.platform.tenant.staff;
