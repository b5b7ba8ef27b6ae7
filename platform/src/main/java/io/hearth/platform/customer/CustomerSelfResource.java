package io.hearth.platform.customer;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's profile and addresses. */
@Path("/api/app/me")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: my account")
public class CustomerSelfResource {

    @Inject
    CustomerProfiles profiles;

    @Inject
    JsonWebToken token;

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }

    @GET
    public CustomerDto.Profile profile() {
        return profiles.profile(me());
    }

    @PUT
    public CustomerDto.Profile update(@NotNull @Valid CustomerDto.ProfileUpdate in) {
        return profiles.update(me(), in);
    }

    @GET
    @Path("/addresses")
    public List<CustomerDto.AddressSummary> addresses() {
        return profiles.addresses(me());
    }

    @POST
    @Path("/addresses")
    public Response add(@NotNull @Valid CustomerDto.AddressInput in) {
        CustomerDto.Address a = profiles.addAddress(me(), in);
        return Response.created(URI.create("/api/app/me/addresses/" + a.id())).entity(a).build();
    }

    @GET
    @Path("/addresses/{id}")
    public CustomerDto.Address address(@PathParam("id") UUID id) {
        return profiles.address(me(), id);
    }

    @PUT
    @Path("/addresses/{id}")
    public CustomerDto.Address updateAddress(@PathParam("id") UUID id, @NotNull @Valid CustomerDto.AddressInput in) {
        return profiles.updateAddress(me(), id, in);
    }

    @DELETE
    @Path("/addresses/{id}")
    public Response delete(@PathParam("id") UUID id) {
        profiles.deleteAddress(me(), id);
        return Response.noContent().build();
    }
}
