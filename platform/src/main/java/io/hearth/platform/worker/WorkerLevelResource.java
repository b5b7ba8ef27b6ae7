package io.hearth.platform.worker;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's worker levels: owners manage, dispatchers read. */
@Path("/api/tenant/worker-levels")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: worker levels")
public class WorkerLevelResource {

    @Inject
    WorkerLevels levels;

    @GET
    public List<WorkerDto.Level> list() {
        return levels.list();
    }

    @GET
    @Path("/{id}")
    public WorkerDto.Level get(@PathParam("id") UUID id) {
        return levels.get(id);
    }

    @POST
    @RolesAllowed(Roles.OWNER)
    public Response create(@NotNull @Valid WorkerDto.LevelInput in) {
        WorkerDto.Level l = levels.create(in);
        return Response.created(URI.create("/api/tenant/worker-levels/" + l.id())).entity(l).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OWNER)
    public WorkerDto.Level update(@PathParam("id") UUID id, @NotNull @Valid WorkerDto.LevelInput in) {
        return levels.update(id, in);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OWNER)
    public Response delete(@PathParam("id") UUID id) {
        levels.delete(id);
        return Response.noContent().build();
    }
}
