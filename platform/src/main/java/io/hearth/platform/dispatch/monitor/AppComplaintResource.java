package io.hearth.platform.dispatch.monitor;

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

/** The signed-in customer's complaints about one of their orders (another's order: 404). */
@Path("/api/app/orders/{orderId}/complaints")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: complaints")
public class AppComplaintResource {

    @Inject
    Complaints complaints;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Complain: from the worker's arrival until some days after completion (422 otherwise); "
            + "category, text (5–1000), up to 6 ORDER_PHOTO files I uploaded")
    public Response file(@PathParam("orderId") UUID orderId, @NotNull @Valid MonitorDto.ComplaintInput in) {
        MonitorDto.Complaint c = complaints.file(me(), orderId, in);
        return Response.created(URI.create("/api/app/orders/" + orderId + "/complaints")).entity(c).build();
    }

    @GET
    @Operation(summary = "My complaints about this order, newest first")
    public List<MonitorDto.Complaint> list(@PathParam("orderId") UUID orderId) {
        return complaints.ofOrder(me(), orderId);
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
