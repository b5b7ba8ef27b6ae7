package io.hearth.platform.order.recurring;

import io.hearth.platform.order.Actor;
import io.hearth.platform.order.OrderDto;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's recurring bookings. */
@Path("/api/app/order-series")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: recurring bookings")
public class AppOrderSeriesResource {

    @Inject
    OrderSeriesService series;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Book a recurring service: every occurrence is priced and booked now, each as an order")
    public Response create(@NotNull @Valid SeriesDto.CreateInput in) {
        SeriesDto.View view = series.create(me(), in);
        return Response.created(URI.create("/api/app/order-series/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "My recurring bookings, newest first (at most 50)")
    public List<SeriesDto.View> list() {
        return series.customerList(me());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my recurring bookings with its occurrences")
    public SeriesDto.View detail(@PathParam("id") UUID id) {
        return series.customerView(me(), id);
    }

    @GET
    @Path("/{id}/cancellation")
    @Operation(summary = "What cancelling the rest of the series would cost, occurrence by occurrence")
    public SeriesDto.Cancellation cancellation(@PathParam("id") UUID id) {
        return series.cancellationPreview(me(), id, false);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel every occurrence not yet under way (expectedFeeFen: the total fee I was shown)")
    public SeriesDto.Cancellation cancel(@PathParam("id") UUID id, @NotNull @Valid SeriesDto.CancelInput in) {
        return series.cancel(me(), id, Actor.customer(me()), in.reason(), in.expectedFeeFen(), false);
    }

    @POST
    @Path("/{id}/occurrences/{number}/skip")
    @Operation(summary = "Skip one occurrence (cancels that order by the cancellation policy)")
    public OrderDto.Cancellation skip(@PathParam("id") UUID id, @PathParam("number") int number,
            @NotNull @Valid SeriesDto.SkipInput in) {
        return series.skip(me(), id, number, in.reason(), in.expectedFeeFen());
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
