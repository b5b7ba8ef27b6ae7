package io.hearth.platform.worker;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenant staff: the workers of their tenant. Owners and dispatchers read; owners decide. */
@Path("/api/tenant/workers")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: workers")
public class StaffWorkerResource {

    @Inject
    WorkerDirectory directory;

    @Inject
    WorkerAudit audit;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Workers, newest first; filters combine; ID numbers and phones masked")
    public WorkerDto.Page<WorkerDto.Summary> list(@QueryParam("auditStatus") String auditStatus,
            @QueryParam("workStatus") String workStatus, @QueryParam("levelId") UUID levelId,
            @QueryParam("skillId") UUID skillId, @QueryParam("q") @Size(max = 40) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return directory.list(new WorkerDirectory.Filter(option(AuditStatus.class, "auditStatus", auditStatus),
                option(WorkStatus.class, "workStatus", workStatus), levelId, skillId, q), page, size);
    }

    @GET
    @Path("/{id}")
    public WorkerDto.Detail get(@PathParam("id") UUID id) {
        return directory.detail(id);
    }

    @GET
    @Path("/{id}/audit-history")
    public List<WorkerDto.Decision> history(@PathParam("id") UUID id) {
        return audit.history(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "Approve a pending worker (and its pending certificates) or reinstate a suspended one")
    public WorkerDto.Detail approve(@PathParam("id") UUID id, @Valid WorkerDto.NoteInput in) {
        return audit.approve(id, actor(), in == null ? null : in.reason());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.OWNER)
    public WorkerDto.Detail reject(@PathParam("id") UUID id, @NotNull @Valid WorkerDto.ReasonInput in) {
        return audit.reject(id, actor(), in.reason());
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.OWNER)
    public WorkerDto.Detail suspend(@PathParam("id") UUID id, @NotNull @Valid WorkerDto.ReasonInput in) {
        return audit.suspend(id, actor(), in.reason());
    }

    @PUT
    @Path("/{id}/certificates/{certificateId}/audit")
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "Approve or reject one certificate (a reason is required to reject)")
    public WorkerDto.Certificate decideCertificate(@PathParam("id") UUID id,
            @PathParam("certificateId") UUID certificateId, @NotNull @Valid WorkerDto.CertificateDecisionInput in) {
        return audit.decideCertificate(id, certificateId, actor(), in);
    }

    @PUT
    @Path("/{id}/level")
    @RolesAllowed(Roles.OWNER)
    public WorkerDto.Detail setLevel(@PathParam("id") UUID id, @NotNull @Valid WorkerDto.LevelChange in) {
        return audit.setLevel(id, in.levelId());
    }

    /** An unknown value is the caller's mistake (400), not a missing resource (JAX-RS would answer 404). */
    private static <E extends Enum<E>> E option(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "query-enum-value", name, value, Arrays.toString(type.getEnumConstants()));
        }
    }

    private WorkerAudit.Actor actor() {
        return new WorkerAudit.Actor(token.getSubject(), token.getClaim("preferred_username"));
    }
}
