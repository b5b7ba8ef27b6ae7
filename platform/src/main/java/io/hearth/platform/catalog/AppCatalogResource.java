package io.hearth.platform.catalog;

import io.hearth.platform.shared.tenancy.NamedTenant;
import io.hearth.platform.shared.tenancy.TenantRef;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalog for mini programs and H5, before or after sign-in: the tenant is named by header, the
 * language follows Accept-Language (zh-CN, en, ja, ko; otherwise the tenant's default locale) and is
 * echoed in Content-Language.
 */
@Path("/api/app/catalog")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: catalog")
public class AppCatalogResource {

    @Inject
    NamedTenant namedTenant;

    @Inject
    CatalogBrowser browser;

    @HeaderParam(NamedTenant.SLUG_HEADER)
    String slug;

    @HeaderParam(NamedTenant.APP_ID_HEADER)
    String appId;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/categories")
    @Operation(summary = "The enabled category tree")
    public Response categories() {
        return answer((tenant, locale) -> browser.categories(tenant, locale));
    }

    @GET
    @Path("/items")
    @Operation(summary = "Search items: keyword (names in any language, tags), category with its subcategories, "
            + "duration and price ranges, city (operator overrides), sort popularity | price_asc | price_desc, pages")
    public Response items(@QueryParam("q") @Size(max = 50) String keyword, @QueryParam("categoryId") UUID categoryId,
            @QueryParam("minDuration") @Min(0) Integer minDuration, @QueryParam("maxDuration") @Min(0) Integer maxDuration,
            @QueryParam("minPrice") @Min(0) Long minPriceFen, @QueryParam("maxPrice") @Min(0) Long maxPriceFen,
            @QueryParam("cityCode") @Size(max = 12) String cityCode,
            @QueryParam("workerGender") @jakarta.validation.constraints.Pattern(regexp = "FEMALE|MALE") String workerGender,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ItemQuery query = ItemQuery.of(keyword, categoryId, minDuration, maxDuration, minPriceFen, maxPriceFen, cityCode,
                workerGender,
                sort, page, size);
        return answer((tenant, locale) -> browser.items(tenant, locale, query));
    }

    @GET
    @Path("/items/{id}")
    public Response item(@PathParam("id") UUID id, @QueryParam("cityCode") @Size(max = 12) String cityCode) {
        return answer((tenant, locale) -> browser.item(tenant, locale, id, cityCode));
    }

    @GET
    @Path("/packages")
    @Operation(summary = "Enabled packages valid today")
    public Response packages() {
        return answer((tenant, locale) -> browser.packages(tenant, locale));
    }

    @GET
    @Path("/packages/{id}")
    public Response pkg(@PathParam("id") UUID id) {
        return answer((tenant, locale) -> browser.pkg(tenant, locale, id));
    }

    private interface Read {
        Object in(TenantRef tenant, String locale);
    }

    private Response answer(Read read) {
        TenantRef tenant = namedTenant.require(slug, appId);
        String locale = CatalogLocales.pick(headers.getAcceptableLanguages(), tenant.defaultLocale());
        return Response.ok(read.in(tenant, locale)).header(HttpHeaders.CONTENT_LANGUAGE, locale).build();
    }
}
