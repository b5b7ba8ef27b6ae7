package io.hearth.platform.plan;

import io.hearth.platform.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/platform/plans")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: plans")
public class PlanResource {

    @Inject
    PlanService plans;

    @GET
    public List<PlanDto.View> list() {
        return plans.list();
    }

    @GET
    @Path("/{id}")
    public PlanDto.View get(@PathParam("id") UUID id) {
        return plans.get(id);
    }

    @POST
    public Response create(@NotNull @Valid PlanDto.Create in) {
        PlanDto.View created = plans.create(in);
        return Response.created(URI.create("/api/platform/plans/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public PlanDto.View update(@PathParam("id") UUID id, @NotNull @Valid PlanDto.Update in) {
        return plans.update(id, in);
    }
}
