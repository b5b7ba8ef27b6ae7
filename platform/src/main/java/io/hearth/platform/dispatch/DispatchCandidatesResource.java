package io.hearth.platform.dispatch;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Manual dispatch help: who could take an order now (owner, dispatcher). */
@Path("/api/tenant/orders/{orderId}/dispatch")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: dispatch")
public class DispatchCandidatesResource {

    @Inject
    DispatchBoard board;

    @GET
    @Path("/candidates")
    @Operation(summary = "Workers who could take the order now within the fallback radius, best first, with "
            + "distance and score parts (phones masked), and the nearby workers left out with why")
    public DispatchDto.Candidates candidates(@PathParam("orderId") UUID orderId) {
        return board.candidates(orderId);
    }
}
