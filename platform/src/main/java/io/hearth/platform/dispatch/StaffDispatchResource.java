package io.hearth.platform.dispatch;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dispatch board for owners and dispatchers: grab rounds and orders by dispatch state. */
@Path("/api/tenant/dispatch")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: dispatch")
public class StaffDispatchResource {

    @Inject
    DispatchBoard board;

    @GET
    @Path("/offers")
    @Operation(summary = "Grab rounds, newest first; state OPEN, AWARDED, EXPIRED or CANCELLED (any when absent)")
    public List<DispatchDto.Offer> offers(@QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return board.offers(state, limit);
    }

    @GET
    @Path("/orders")
    @Operation(summary = "Orders by dispatch state (default MANUAL_NEEDED: waiting for a dispatcher), newest first")
    public List<DispatchDto.OrderState> orders(@QueryParam("state") @DefaultValue("MANUAL_NEEDED") String state,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return board.orders(state, limit);
    }
}
