package io.hearth.platform.tenant;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Branding and public settings for a mini program or H5 page before anyone signs in. */
@Path("/api/app/tenant")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: tenant")
public class PublicTenantResource {

    @Inject
    TenantRepository tenants;

    @GET
    @Operation(summary = "The tenant named by slug or WeChat mini-program app id")
    public TenantDto.PublicView get(@QueryParam("slug") String slug, @QueryParam("appId") String appId) {
        if ((slug == null || slug.isBlank()) == (appId == null || appId.isBlank())) {
            throw new ApiException(400, "tenant-name-one");
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<Tenant> found = slug != null ? tenants.findBySlug(slug) : tenants.findByMiniProgramAppId(appId);
            return found.filter(t -> t.status.isOpen()).map(TenantDto.PublicView::of)
                    .orElseThrow(() -> ApiException.notFound("Tenant", slug != null ? slug : appId));
        });
    }
}
