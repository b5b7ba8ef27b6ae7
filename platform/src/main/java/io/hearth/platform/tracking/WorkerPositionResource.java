package io.hearth.platform.tracking;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker reports where they are (also possible as a {@code position} frame on /ws/worker). */
@Path("/api/worker/me/position")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: tracking")
public class WorkerPositionResource {

    @Inject
    PositionReports reports;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Report my position (approved and ONLINE/BUSY only; at most one per interval, else 429"
            + " position-too-frequent)")
    public TrackingDto.Accepted report(@NotNull @Valid TrackingDto.PositionInput in) {
        return reports.report(UUID.fromString(token.getSubject()), in);
    }
}
