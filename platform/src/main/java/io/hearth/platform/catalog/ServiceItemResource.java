package io.hearth.platform.catalog;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Service items, for the tenant's staff: all locales, disabled items included. */
@Path("/api/tenant/catalog/items")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: catalog")
public class ServiceItemResource {

    @Inject
    CatalogService service;

    @GET
    public CatalogDto.Page<CatalogDto.Item> list(@QueryParam("categoryId") UUID categoryId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.list(categoryId, page, size);
    }

    @GET
    @Path("/{id}")
    public CatalogDto.Item get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public Response create(@NotNull @Valid CatalogDto.ItemInput in) {
        CatalogDto.Item i = service.create(in);
        return Response.created(URI.create("/api/tenant/catalog/items/" + i.id())).entity(i).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Item update(@PathParam("id") UUID id, @NotNull @Valid CatalogDto.ItemInput in) {
        return service.update(id, in);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Delete an item no package includes (otherwise 409: disable it instead)")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Item enable(@PathParam("id") UUID id) {
        return service.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Item disable(@PathParam("id") UUID id) {
        return service.setEnabled(id, false);
    }

    @PUT
    @Path("/{id}/translations/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Item putText(@PathParam("id") UUID id, @PathParam("locale") String locale,
            @NotNull @Valid CatalogDto.ItemText text) {
        return service.putText(id, locale, text);
    }

    @DELETE
    @Path("/{id}/translations/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Item deleteText(@PathParam("id") UUID id, @PathParam("locale") String locale) {
        return service.deleteText(id, locale);
    }
}
