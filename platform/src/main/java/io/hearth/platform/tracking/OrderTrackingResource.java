package io.hearth.platform.tracking;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer follows the worker coming to their order. */
@Path("/api/app/orders/{orderId}/tracking")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: tracking")
public class OrderTrackingResource {

    @Inject
    CustomerTracking tracking;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "The worker's position, distance and ETA while on the way (order DEPARTED); 409"
            + " tracking-unavailable otherwise")
    public TrackingDto.OrderTracking tracking(@PathParam("orderId") UUID orderId) {
        return tracking.of(UUID.fromString(token.getSubject()), orderId);
    }
}
