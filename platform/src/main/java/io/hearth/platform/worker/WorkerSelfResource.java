package io.hearth.platform.worker;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker's profile, skills, work status and audit. */
@Path("/api/worker/me")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: my profile")
public class WorkerSelfResource {

    @Inject
    WorkerProfiles profiles;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "My profile; ID number and phone masked")
    public WorkerDto.OwnProfile profile() {
        return profiles.profile(me());
    }

    @PUT
    @Operation(summary = "Register or update my profile and skills; a new or rejected profile goes to audit")
    public WorkerDto.OwnProfile submit(@NotNull @Valid WorkerDto.ProfileInput in) {
        return profiles.submit(me(), in);
    }

    @PUT
    @Path("/status")
    @Operation(summary = "Go ONLINE (approved, required certificates valid) or OFFLINE")
    public WorkerDto.OwnProfile status(@NotNull @Valid WorkerDto.StatusInput in) {
        return profiles.setStatus(me(), in.status());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "My audit status, whether I can take orders, and the decisions so far")
    public WorkerDto.AuditView audit() {
        return profiles.audit(me());
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
