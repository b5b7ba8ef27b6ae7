package io.hearth.platform.order;

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
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker's orders: only those assigned to them (others 404). */
@Path("/api/worker/orders")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: my orders")
public class WorkerOrderResource {

    @Inject
    WorkerOrders orders;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "My orders: view=upcoming (default), active or done; keyset pages via cursor")
    public OrderDto.Page<OrderDto.Summary> list(@QueryParam("view") String view, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(OrderListing.MAX_LIMIT) int limit) {
        return orders.list(me(), view, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my orders; the address in full from acceptance until completion, masked otherwise")
    public OrderDto.Detail detail(@PathParam("id") UUID id) {
        return orders.detail(me(), id);
    }

    @POST
    @Path("/{id}/accept")
    public OrderDto.Detail accept(@PathParam("id") UUID id) {
        return orders.act(me(), id, OrderAction.ACCEPT, null);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline before accepting: the booking is freed and the order goes back to dispatch")
    public Response decline(@PathParam("id") UUID id, @Valid OrderDto.ReasonInput in) {
        orders.decline(me(), id, in == null ? null : in.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/depart")
    public OrderDto.Detail depart(@PathParam("id") UUID id) {
        return orders.act(me(), id, OrderAction.DEPART, null);
    }

    @POST
    @Path("/{id}/arrive")
    public OrderDto.Detail arrive(@PathParam("id") UUID id) {
        return orders.act(me(), id, OrderAction.ARRIVE, null);
    }

    @POST
    @Path("/{id}/start")
    public OrderDto.Detail start(@PathParam("id") UUID id) {
        return orders.act(me(), id, OrderAction.START, null);
    }

    @POST
    @Path("/{id}/pause")
    public OrderDto.Detail pause(@PathParam("id") UUID id, @Valid OrderDto.ReasonInput in) {
        return orders.act(me(), id, OrderAction.PAUSE, in == null ? null : in.reason());
    }

    @POST
    @Path("/{id}/resume")
    public OrderDto.Detail resume(@PathParam("id") UUID id) {
        return orders.act(me(), id, OrderAction.RESUME, null);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Done: actual minutes, notes and photos (ORDER_PHOTO files I uploaded)")
    public OrderDto.Detail complete(@PathParam("id") UUID id, @NotNull @Valid OrderDto.CompleteInput in) {
        return orders.complete(me(), id, in);
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
