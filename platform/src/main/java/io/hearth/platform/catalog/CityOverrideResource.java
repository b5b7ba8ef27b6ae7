package io.hearth.platform.catalog;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A city operator's price and availability of its items in its city (403 for company tenants). */
@Path("/api/operator/catalog")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: catalog")
public class CityOverrideResource {

    @Inject
    CityOverrides overrides;

    @GET
    @Path("/overrides")
    public List<CatalogDto.Override> list() {
        return overrides.list();
    }

    @PUT
    @Path("/items/{itemId}/overrides/{cityCode}")
    @Operation(summary = "Set the item's price (null: base price) and availability in the operator's city")
    public CatalogDto.Override put(@PathParam("itemId") UUID itemId, @PathParam("cityCode") String cityCode,
            @NotNull @Valid CatalogDto.OverrideInput in) {
        return overrides.put(itemId, cityCode, in);
    }

    @DELETE
    @Path("/items/{itemId}/overrides/{cityCode}")
    public Response delete(@PathParam("itemId") UUID itemId, @PathParam("cityCode") String cityCode) {
        overrides.delete(itemId, cityCode);
        return Response.noContent().build();
    }
}
