package io.hearth.platform.stats;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics for the tenant's staff who read orders: owner, dispatcher, customer service, finance. */
@Path("/api/tenant/stats")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE, Roles.FINANCE })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: statistics")
public class StatsResource {

    @Inject
    DashboardStatistics dashboard;

    @GET
    @Path("/dashboard")
    @Operation(summary = "Today's orders by status; per day of from..to (dates in the tenant's zone, default this "
            + "week's Monday to today, at most 92 days): orders, cancelled, net paid fen of the orders not cancelled, "
            + "new customers; unresolved alerts by kind and complaints not closed")
    public StatsDto.Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dashboard.dashboard(from, to);
    }
}
