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

/** Packages, for the tenant's staff: all locales, disabled packages included. */
@Path("/api/tenant/catalog/packages")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: catalog")
public class ServicePackageResource {

    @Inject
    PackageService service;

    @GET
    public List<CatalogDto.Package> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    public CatalogDto.Package get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public Response create(@NotNull @Valid CatalogDto.PackageInput in) {
        CatalogDto.Package i = service.create(in);
        return Response.created(URI.create("/api/tenant/catalog/packages/" + i.id())).entity(i).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Package update(@PathParam("id") UUID id, @NotNull @Valid CatalogDto.PackageInput in) {
        return service.update(id, in);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Delete a package (its included-item rows go with it)")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Package enable(@PathParam("id") UUID id) {
        return service.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Package disable(@PathParam("id") UUID id) {
        return service.setEnabled(id, false);
    }

    @PUT
    @Path("/{id}/translations/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Package putText(@PathParam("id") UUID id, @PathParam("locale") String locale,
            @NotNull @Valid CatalogDto.NamedText text) {
        return service.putText(id, locale, text);
    }

    @DELETE
    @Path("/{id}/translations/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public CatalogDto.Package deleteText(@PathParam("id") UUID id, @PathParam("locale") String locale) {
        return service.deleteText(id, locale);
    }
}
