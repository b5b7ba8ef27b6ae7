/**
 * Staff identity of tenants in Keycloak: each tenant is an Organization of realm {@code hearth}
 * (alias = tenant slug) and has an owner account with realm role {@code owner}.
 * {@link io.hearth.platform.tenant.directory.TenantDirectory} is what the tenant service calls;
 * {@link io.hearth.platform.tenant.directory.KeycloakTenantDirectory} talks to the Admin REST API
 * with the {@code hearth-platform} service account.
 */
package io.hearth.platform.tenant.directory;
