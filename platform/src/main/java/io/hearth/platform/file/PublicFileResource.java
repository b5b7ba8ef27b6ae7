package io.hearth.platform.file;

import io.hearth.platform.shared.tenancy.NamedTenant;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantRef;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public files (service images, worker photos) for mini-program visitors who have not signed in. */
@Path("/api/app/files")
@PermitAll
@Tag(name = "App: files")
public class PublicFileResource {

    /** Shared caches (a CDN) may keep public files; a deleted one disappears from them within a day. */
    static final String PUBLIC_CACHE = "public, max-age=86400";

    @Inject
    NamedTenant namedTenant;

    @Inject
    StoredFiles files;

    @GET
    @Path("/{id}")
    @Operation(summary = "A public file of the tenant named by X-Hearth-Tenant or X-Hearth-App-Id; private ones are 404")
    public Response download(@PathParam("id") UUID id, @HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TenantRef tenant = namedTenant.require(slug, appId);
        StoredFiles.Found found = TenantContext.call(tenant.id(), () -> files.find(FileCaller.ANONYMOUS, id));
        return FileDownloads.answer(files, found, ifNoneMatch, PUBLIC_CACHE)
                .header(HttpHeaders.VARY, NamedTenant.SLUG_HEADER + ", " + NamedTenant.APP_ID_HEADER).build();
    }
}
