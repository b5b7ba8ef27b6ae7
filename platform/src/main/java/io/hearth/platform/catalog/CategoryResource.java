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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree, for the tenant's staff: all locales, disabled categories included. */
@Path("/api/tenant/catalog/categories")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: catalog")
public class CategoryResource {

    @Inject
    CategoryService service;

    @GET
    @Operation(summary = "All categories, flat, in their order (parentId gives the tree)")
    public List<CatalogDto.Category> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    public CatalogDto.Category get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public Response create(@NotNull @Valid CatalogDto.CategoryInput in) {
        CatalogDto.Category c = service.create(in);
        return Response.created(URI.create("/api/tenant/catalog/categories/" + c.id())).entity(c).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Category update(@PathParam("id") UUID id, @NotNull @Valid CatalogDto.CategoryInput in) {
        return service.update(id, in);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Delete an empty category (no subcategories, no items)")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Category enable(@PathParam("id") UUID id) {
        return service.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Hide the category and everything below it from customers")
    public CatalogDto.Category disable(@PathParam("id") UUID id) {
        return service.setEnabled(id, false);
    }

    @POST
    @Path("/reorder")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Set the order of all children of one parent (parentId null: the top level)")
    public List<CatalogDto.Category> reorder(@NotNull @Valid CatalogDto.Reorder in) {
        return service.reorder(in);
    }

    @PUT
    @Path("/{id}/translations/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Category putText(@PathParam("id") UUID id, @PathParam("locale") String locale,
            @NotNull @Valid CatalogDto.NamedText text) {
        return service.putText(id, locale, text);
    }

    @DELETE
    @Path("/{id}/translations/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Category deleteText(@PathParam("id") UUID id, @PathParam("locale") String locale) {
        return service.deleteText(id, locale);
    }
}
