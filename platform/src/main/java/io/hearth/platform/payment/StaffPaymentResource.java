package io.hearth.platform.payment;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff read an order's payments and refund its money. */
@Path("/api/tenant/orders/{orderId}")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: payments and refunds")
public class StaffPaymentResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    PaymentViews views;

    @Inject
    PaymentRefunds refunds;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/payments")
    @RolesAllowed({ Roles.OWNER, Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.DISPATCHER })
    public PaymentDto.OrderPayments payments(@PathParam("orderId") UUID orderId) {
        return views.forStaff(orderId);
    }

    @POST
    @Path("/refunds")
    @RolesAllowed({ Roles.OWNER, Roles.FINANCE })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund part or all of the order's received money, newest payment first. The Idempotency-Key"
            + " header is required: the same key answers the same refund (200) instead of refunding again (201).")
    public Response refund(@PathParam("orderId") UUID orderId, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull PaymentDto.NewRefund in) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new ApiException(400, "idempotency-key-required", IDEMPOTENCY_KEY);
        }
        String staff = token.getClaim("preferred_username") == null ? token.getSubject()
                : token.getClaim("preferred_username").toString();
        PaymentRefunds.StaffRefund r = refunds.staffRefund(orderId, in, "staff:" + idempotencyKey.strip(), staff);
        return Response.status(r.created() ? 201 : 200).entity(r.refund()).build();
    }
}
