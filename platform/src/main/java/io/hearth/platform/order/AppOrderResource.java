package io.hearth.platform.order;

import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's orders. */
@Path("/api/app/orders")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: my orders")
public class AppOrderResource {

    @Inject
    OrderCreation creation;

    @Inject
    CustomerOrders orders;

    @Inject
    OrderViews views;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Book: make an order from my quote (reserves the chosen worker); Idempotency-Key optional")
    public Response create(@NotNull @Valid OrderDto.CreateInput in, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new ApiException(400, "order-idempotency-key-invalid");
        }
        OrderCreation.Created created = creation.create(me(), in, idempotencyKey);
        return Response.created(URI.create("/api/app/orders/" + created.order().id))
                .entity(views.detail(created.order(), true, false)).build();
    }

    @GET
    @Operation(summary = "My orders, newest first; status filters (comma-separated); keyset pages via cursor")
    public OrderDto.Page<OrderDto.Summary> list(@QueryParam("status") List<String> status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(OrderListing.MAX_LIMIT) int limit) {
        return orders.list(me(), status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my orders with its timeline")
    public OrderDto.Detail detail(@PathParam("id") UUID id) {
        return orders.detail(me(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Confirm the completed work")
    public OrderDto.Detail confirm(@PathParam("id") UUID id) {
        return orders.confirm(me(), id);
    }

    @GET
    @Path("/{id}/cancellation")
    @Operation(summary = "What cancelling now would cost: allowed, fee, refund")
    public OrderDto.Cancellation cancellation(@PathParam("id") UUID id) {
        return orders.cancellationPreview(me(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel by the tenant's policy; with expectedFeeFen, 409 if the fee changed since the preview")
    public OrderDto.Cancellation cancel(@PathParam("id") UUID id, @NotNull @Valid OrderDto.CancelInput in) {
        return orders.cancel(me(), id, in);
    }

    @POST
    @Path("/{id}/reschedule")
    @Operation(summary = "Move the order to another start on the grid (before the worker departs)")
    public OrderDto.Detail reschedule(@PathParam("id") UUID id, @NotNull @Valid OrderDto.RescheduleInput in) {
        return orders.reschedule(me(), id, in.start().toInstant(), in.reason());
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
