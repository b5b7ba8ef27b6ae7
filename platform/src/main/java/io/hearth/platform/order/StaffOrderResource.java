package io.hearth.platform.order;

import io.hearth.platform.shared.security.Roles;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's orders for its staff. Read: owner, dispatcher, customer service, finance. */
@Path("/api/tenant/orders")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE, Roles.FINANCE })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: orders")
public class StaffOrderResource {

    @Inject
    StaffOrders orders;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Orders by start, newest first; filters status, from/to (dates), workerId, customerPhone, "
            + "cityCode; keyset pages via cursor; phones and addresses masked")
    public OrderDto.Page<OrderDto.Summary> list(@QueryParam("status") List<String> status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("workerId") String workerId,
            @QueryParam("customerPhone") String customerPhone, @QueryParam("cityCode") String cityCode,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(OrderListing.MAX_LIMIT) int limit) {
        return orders.list(new StaffOrders.Filter(status, date("from", from), date("to", to), uuid("workerId", workerId), customerPhone,
                cityCode), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An order with its timeline")
    public OrderDto.Detail detail(@PathParam("id") UUID id) {
        return orders.detail(id);
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
    @Operation(summary = "Dispatch or change the worker (approved, eligible, skilled); the booking moves atomically")
    public OrderDto.Detail assign(@PathParam("id") UUID id, @NotNull @Valid OrderDto.AssignInput in) {
        return orders.assign(me(), id, in);
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
    public OrderDto.Detail reschedule(@PathParam("id") UUID id, @NotNull @Valid OrderDto.RescheduleInput in) {
        return orders.reschedule(me(), id, in.start().toInstant(), in.reason());
    }

    @GET
    @Path("/{id}/cancellation")
    @Operation(summary = "What cancelling now would cost (waiveFee=true: without the fee)")
    public OrderDto.Cancellation cancellation(@PathParam("id") UUID id, @QueryParam("waiveFee") boolean waiveFee) {
        return orders.cancellationPreview(id, waiveFee);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
    @Operation(summary = "Cancel with a reason by the tenant's policy; waiveFee refunds everything paid")
    public OrderDto.Cancellation cancel(@PathParam("id") UUID id, @NotNull @Valid OrderDto.StaffCancelInput in) {
        return orders.cancel(me(), id, in);
    }

    private String me() {
        return token.getSubject();
    }

    private static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "order-filter-invalid", name, raw);
        }
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new ApiException(400, "order-filter-invalid", name, raw);
        }
    }
}
