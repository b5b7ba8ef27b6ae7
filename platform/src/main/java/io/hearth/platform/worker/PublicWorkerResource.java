package io.hearth.platform.worker;

import io.hearth.platform.shared.tenancy.NamedTenant;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A worker's public profile for the tenant's customers (anonymous; tenant named by header). */
@Path("/api/app/workers")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: workers")
public class PublicWorkerResource {

    @Inject
    NamedTenant namedTenant;

    @Inject
    PublicWorkerProfiles profiles;

    @GET
    @Path("/{id}")
    @Operation(summary = "An approved worker: customary name, age, skills, ratings; never phone, ID or home")
    public WorkerDto.PublicProfile get(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @PathParam("id") UUID id) {
        return profiles.profile(namedTenant.require(slug, appId), id);
    }
}
