package io.hearth.platform.dispatch;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker's grab offers: the open ones made to them, and grabbing one. */
@Path("/api/worker/offers")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: grab offers")
public class WorkerOfferResource {

    @Inject
    GrabOffers offers;

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @GET
    @Transactional
    @Operation(summary = "My open offers, soonest closing first: district/community, times, items, money, closesAt")
    public List<Map<String, Object>> mine() {
        return offers.openFor(me(), now());
    }

    @POST
    @Path("/{id}/grabs")
    @Transactional
    @Operation(summary = "Grab an offer: 201 recorded, 200 already grabbed; 404 not offered to me; 409 offer-closed")
    public Response grab(@PathParam("id") UUID id) {
        boolean created = offers.grab(me(), id, now());
        return Response.status(created ? 201 : 200).entity(new DispatchDto.Grab(id, true, !created)).build();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
