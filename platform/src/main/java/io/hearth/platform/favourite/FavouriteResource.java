package io.hearth.platform.favourite;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's favourites and "recommended for you". */
@Path("/api/app/me")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: favourites and recommendations")
public class FavouriteResource {

    @Inject
    Favourites favourites;

    @Inject
    JsonWebToken token;

    @Inject
    TenantLookup tenants;

    @Context
    HttpHeaders headers;

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }

    private String locale() {
        String fallback = tenants.byId(TenantContext.require()).orElseThrow().defaultLocale();
        return io.hearth.platform.catalog.CatalogLocales.pick(headers.getAcceptableLanguages(), fallback);
    }

    @GET
    @Path("/favourites")
    public FavouriteDto.Favourites list() {
        return favourites.list(me(), locale());
    }

    @PUT
    @Path("/favourites/workers/{workerId}")
    public Response addWorker(@PathParam("workerId") UUID workerId) {
        favourites.addWorker(me(), workerId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/favourites/workers/{workerId}")
    public Response removeWorker(@PathParam("workerId") UUID workerId) {
        favourites.removeWorker(me(), workerId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/favourites/services/{itemId}")
    public Response addService(@PathParam("itemId") UUID itemId) {
        favourites.addService(me(), itemId, locale());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/favourites/services/{itemId}")
    public Response removeService(@PathParam("itemId") UUID itemId) {
        favourites.removeService(me(), itemId);
        return Response.noContent().build();
    }

    @GET
    @Path("/recommendations")
    public FavouriteDto.Recommendations recommendations(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return favourites.recommend(me(), locale(), limit);
    }
}
