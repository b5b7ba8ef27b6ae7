package io.hearth.platform.payment;

import io.hearth.platform.payment.PaymentProvider.ProviderMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where providers send payment and refund results. Anonymous: trust comes from the provider's signature, checked
 * on the exact bytes received. 204 = received (the provider stops); a problem (401 forged or replayed, 400
 * unreadable) = not accepted, nothing changed (the provider retries or gives up).
 */
@Path("/api/payments/notify/{provider}")
@PermitAll
@Consumes(MediaType.WILDCARD)
@Tag(name = "Provider notifications")
public class PaymentNotifyResource {

    @Inject
    PaymentNotifications notifications;

    @POST
    @Operation(summary = "Payment result from a provider (sandbox, wechat)")
    public Response payment(@PathParam("provider") String provider, @Context HttpHeaders headers, byte[] body) {
        notifications.payment(provider, message(headers, body));
        return Response.noContent().build();
    }

    @POST
    @Path("/refund")
    @Operation(summary = "Refund result from a provider (sandbox, wechat)")
    public Response refund(@PathParam("provider") String provider, @Context HttpHeaders headers, byte[] body) {
        notifications.refund(provider, message(headers, body));
        return Response.noContent().build();
    }

    private static ProviderMessage message(HttpHeaders headers, byte[] body) {
        Map<String, String> lower = new HashMap<>();
        for (Map.Entry<String, List<String>> h : headers.getRequestHeaders().entrySet()) {
            if (!h.getValue().isEmpty()) {
                lower.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().get(0));
            }
        }
        return new ProviderMessage(lower, body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }
}
