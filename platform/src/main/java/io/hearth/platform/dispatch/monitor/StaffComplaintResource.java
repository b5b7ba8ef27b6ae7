package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers' complaints for the tenant's customer service, dispatchers and owner. */
@Path("/api/tenant/complaints")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: complaints")
public class StaffComplaintResource {

    @Inject
    Complaints complaints;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Complaints, newest first; filter state (OPEN, HANDLING, CLOSED); keyset pages via after; "
            + "customer phones masked")
    public MonitorDto.Page<MonitorDto.StaffComplaint> list(@QueryParam("state") String state,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Complaints.MAX_LIMIT) int limit) {
        return complaints.list(state, after, limit);
    }

    @POST
    @Path("/{id}/handling")
    @Operation(summary = "Taken in hand: OPEN → HANDLING (409 otherwise)")
    public MonitorDto.StaffComplaint handle(@PathParam("id") UUID id) {
        return complaints.handle(id, token.getSubject());
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Closed with a resolution: OPEN or HANDLING → CLOSED (409 otherwise); the order's COMPLAINT "
            + "alert is resolved when no complaint of the order is left open")
    public MonitorDto.StaffComplaint close(@PathParam("id") UUID id, @NotNull @Valid MonitorDto.ClosureInput in) {
        return complaints.close(id, token.getSubject(), in.resolution().trim());
    }
}
