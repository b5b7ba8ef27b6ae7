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

/** The exception board of the tenant's dispatchers: owner, dispatcher, customer service. */
@Path("/api/tenant/dispatch/alerts")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: dispatch alerts")
public class AlertResource {

    @Inject
    AlertBoard board;

    @Inject
    DispatchAlerts alerts;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Alerts, newest first; filters state (OPEN, ACKNOWLEDGED, RESOLVED) and kind; keyset pages "
            + "via after (the previous page's next)")
    public MonitorDto.Page<MonitorDto.Alert> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(AlertViews.MAX_LIMIT) int limit) {
        return board.list(state, kind, after, limit);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "How many alerts are open, acknowledged and resolved")
    public MonitorDto.Summary summary() {
        return board.summary();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Someone is on it: OPEN → ACKNOWLEDGED (409 otherwise)")
    public MonitorDto.Alert acknowledge(@PathParam("id") UUID id) {
        return alerts.acknowledge(id, token.getSubject());
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(summary = "Resolved, with a note: OPEN or ACKNOWLEDGED → RESOLVED (409 otherwise)")
    public MonitorDto.Alert resolve(@PathParam("id") UUID id, @NotNull @Valid MonitorDto.ResolutionInput in) {
        return alerts.resolve(id, token.getSubject(), in.note().trim());
    }
}
