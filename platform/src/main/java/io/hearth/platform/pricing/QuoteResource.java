package io.hearth.platform.pricing;

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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Price quotes for the signed-in customer; an order is then made from a quote. */
@Path("/api/app/quotes")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: booking")
public class QuoteResource {

    @Inject
    QuoteService quotes;

    @Inject
    JsonWebToken token;

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }

    @POST
    @Operation(summary = "Price a service item or package at one of my addresses for a start the slot search offers")
    public Response create(@NotNull @Valid QuoteDto.Request in) {
        QuoteDto.View q = quotes.create(me(), in);
        return Response.created(URI.create("/api/app/quotes/" + q.id())).entity(q).build();
    }

    @GET
    @Path("/{id}")
    public QuoteDto.View get(@PathParam("id") UUID id) {
        return quotes.get(me(), id);
    }
}
