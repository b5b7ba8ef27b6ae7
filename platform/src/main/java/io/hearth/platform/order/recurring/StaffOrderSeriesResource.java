package io.hearth.platform.order.recurring;

import io.hearth.platform.order.Actor;
import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The tenant's recurring bookings, for staff. */
@Path("/api/tenant/order-series")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE, Roles.FINANCE })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: orders")
public class StaffOrderSeriesResource {

    @Inject
    OrderSeriesService series;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/{id}")
    @Operation(summary = "A recurring booking with its occurrences")
    public SeriesDto.View detail(@PathParam("id") UUID id) {
        return series.staffView(id);
    }

    @GET
    @Path("/{id}/cancellation")
    @Operation(summary = "What cancelling the rest of the series would cost (waiveFee=true: without fees)")
    public SeriesDto.Cancellation cancellation(@PathParam("id") UUID id, @QueryParam("waiveFee") boolean waiveFee) {
        return series.cancellationPreview(null, id, waiveFee);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
    @Operation(summary = "Cancel every occurrence not yet under way, with a reason; waiveFee refunds everything paid")
    public SeriesDto.Cancellation cancel(@PathParam("id") UUID id, @NotNull @Valid SeriesDto.StaffCancelInput in) {
        return series.cancel(null, id, Actor.staff(token.getSubject()), in.reason(), null, in.waiveFee());
    }
}
