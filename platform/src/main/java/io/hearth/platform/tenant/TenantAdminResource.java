package io.hearth.platform.tenant;

import io.hearth.platform.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The super-admin's view of all tenants: the only place that acts across tenants. */
@Path("/api/platform/tenants")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: tenants")
public class TenantAdminResource {

    @Inject
    TenantService tenants;

    @POST
    @Operation(summary = "Create a tenant with its Keycloak organization and owner account; answers the owner's temporary password once")
    public Response create(@NotNull @Valid TenantDto.Create in) {
        TenantDto.Created created = tenants.create(in);
        return Response.created(URI.create("/api/platform/tenants/" + created.tenant().id())).entity(created).build();
    }

    @GET
    public TenantDto.Page<TenantDto.View> list(@QueryParam("status") TenantStatus status,
            @QueryParam("type") TenantType type, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return tenants.list(status, type, q, page, size);
    }

    @GET
    @Path("/{id}")
    public TenantDto.View get(@PathParam("id") UUID id) {
        return tenants.get(id);
    }

    @PUT
    @Path("/{id}/branding")
    public TenantDto.View updateBranding(@PathParam("id") UUID id, @NotNull @Valid TenantDto.BrandingUpdate in) {
        return tenants.updateBranding(id, in);
    }

    @PUT
    @Path("/{id}/settings")
    public TenantDto.View updateSettings(@PathParam("id") UUID id, @NotNull @Valid TenantSettings in) {
        return tenants.updateSettings(id, in);
    }

    @PUT
    @Path("/{id}/plan")
    public TenantDto.View changePlan(@PathParam("id") UUID id, @NotNull @Valid TenantDto.PlanChange in) {
        return tenants.changePlan(id, in.planId());
    }

    @PUT
    @Path("/{id}/wechat-secret")
    @Operation(summary = "Set the mini program's AppSecret (stored encrypted, never returned)")
    public TenantDto.View setWeChatSecret(@PathParam("id") UUID id, @NotNull @Valid TenantDto.WeChatSecret in) {
        return tenants.setWeChatSecret(id, in.appSecret());
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    public TenantDto.View suspend(@PathParam("id") UUID id, @Valid TenantDto.StatusChange in) {
        return tenants.suspend(id, in == null ? null : in.reason());
    }

    @POST
    @Path("/{id}/activate")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @Operation(summary = "Reactivate a suspended tenant, or finish one whose provisioning was interrupted")
    public TenantDto.View activate(@PathParam("id") UUID id) {
        return tenants.activate(id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    public TenantDto.View close(@PathParam("id") UUID id, @Valid TenantDto.StatusChange in) {
        return tenants.close(id, in == null ? null : in.reason());
    }
}
