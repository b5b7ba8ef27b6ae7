package io.hearth.platform.payment.sandbox;

import io.hearth.platform.payment.Payment;
import io.hearth.platform.payment.PaymentRepository;
import io.hearth.platform.payment.PaymentStatus;
import io.hearth.platform.payment.ProviderCode;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer "pays" a sandbox payment; the sandbox's notification follows asynchronously. */
@Path("/api/app/payments/{paymentId}/sandbox/pay")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: payments")
public class SandboxPayResource {

    public record Pay(@NotBlank String token) {
    }

    public record Scheduled(UUID paymentId, String outTradeNo, String status) {
    }

    @Inject
    PaymentRepository payments;

    @Inject
    SandboxProvider sandbox;

    @Inject
    JsonWebToken token;

    /** 404 unless it is the caller's own sandbox payment; 409 once it is no longer open; 202 when scheduled. */
    @POST
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pay(@PathParam("paymentId") UUID paymentId, @Valid @NotNull Pay pay) {
        UUID me = UUID.fromString(token.getSubject());
        Payment p = payments.byId(paymentId).filter(x -> x.customerId.equals(me) && x.provider == ProviderCode.SANDBOX)
                .orElseThrow(() -> ApiException.notFound("Payment", paymentId));
        sandbox.checkUsable(me);
        if (p.status != PaymentStatus.CREATED) {
            throw ApiException.conflict("payment-not-open", paymentId, p.status);
        }
        if (!pay.token().equals(p.prepayId)) {
            throw ApiException.unprocessable("sandbox-token-invalid");
        }
        sandbox.paid(p.outTradeNo, p.amountFen);
        return Response.accepted(new Scheduled(p.id, p.outTradeNo, "NOTIFICATION_SCHEDULED")).build();
    }
}
