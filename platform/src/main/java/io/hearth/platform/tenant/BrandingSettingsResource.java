package io.hearth.platform.tenant;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's own branding and mini-program settings: name, colour, logo (an uploaded TENANT_LOGO file), WeChat
 * mini-program AppID and customer-service phone; the H5 host is shown read only. Owner and marketing read and
 * write. Saved through {@link TenantService#updateOwnBranding}, the super-admin's path (audited, the public tenant
 * view refreshed, cluster resources reconciled).
 */
@Path("/api/tenant/settings/branding")
@RolesAllowed({ Roles.OWNER, Roles.MARKETING })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: settings")
public class BrandingSettingsResource {

    @Inject
    TenantService tenants;

    @GET
    @Operation(summary = "The tenant's branding, the read-only H5 host and the version to send back with a change")
    public BrandingSettings.View get() {
        return tenants.branding(TenantContext.require());
    }

    @PUT
    @Operation(summary = "Change the branding; 422 with a message per field, 409 when the AppID is taken or the version is stale")
    public BrandingSettings.View put(@NotNull BrandingSettings.Change in) {
        return tenants.updateOwnBranding(TenantContext.require(), in);
    }
}
