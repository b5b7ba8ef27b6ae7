package io.hearth.platform.payment;

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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer pays their own order. Another customer's or tenant's order is 404. */
@Path("/api/app/orders/{orderId}/payments")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: payments")
public class AppPaymentResource {

    @Inject
    PaymentCheckout checkout;

    @Inject
    PaymentViews views;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start paying the stage due now (full, deposit or balance); an open payment is reused. 409 when"
            + " nothing is due. Answers what the app passes to the provider (client).")
    public PaymentDto.Started start(@PathParam("orderId") UUID orderId, @Valid @NotNull PaymentDto.StartPayment in) {
        return checkout.start(me(), orderId, in.provider());
    }

    @GET
    public PaymentDto.OrderPayments list(@PathParam("orderId") UUID orderId) {
        return views.forCustomer(me(), orderId);
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
