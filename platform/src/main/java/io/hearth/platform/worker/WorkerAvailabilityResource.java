package io.hearth.platform.worker;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker's weekly availability and dated exceptions (tenant's time zone). */
@Path("/api/worker/me/availability")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: my availability")
public class WorkerAvailabilityResource {

    @Inject
    WorkerAvailability availability;

    @Inject
    JsonWebToken token;

    @GET
    public List<WorkerDto.Window> week() {
        return availability.week(me());
    }

    @PUT
    @Operation(summary = "Replace the whole week; overlapping windows are refused and nothing is written")
    public List<WorkerDto.Window> replaceWeek(@NotNull @Valid WorkerDto.Week in) {
        return availability.replaceWeek(me(), in);
    }

    @GET
    @Path("/exceptions")
    @Operation(summary = "Days off and extra hours from today on")
    public List<WorkerDto.ExceptionView> exceptions() {
        return availability.exceptions(me());
    }

    @POST
    @Path("/exceptions")
    public Response addException(@NotNull @Valid WorkerDto.ExceptionInput in) {
        return Response.status(201).entity(availability.addException(me(), in)).build();
    }

    @DELETE
    @Path("/exceptions/{id}")
    public Response deleteException(@PathParam("id") UUID id) {
        availability.deleteException(me(), id);
        return Response.noContent().build();
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
