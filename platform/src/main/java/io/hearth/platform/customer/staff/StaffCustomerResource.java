package io.hearth.platform.customer.staff;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's customers for its staff. Read: owner, customer service, marketing; notes and phone: not marketing. */
@Path("/api/tenant/customers")
@RolesAllowed({ Roles.OWNER, Roles.CUSTOMER_SERVICE, Roles.MARKETING })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: customers")
public class StaffCustomerResource {

    @Inject
    CustomerDirectory directory;

    @Inject
    StaffCustomers customers;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Customers by registration, newest first; q = full phone (exact), last four digits or part of "
            + "the nickname; memberLevel; registeredFrom/To (dates); keyset pages via cursor; phones masked; order "
            + "stats per row")
    public StaffCustomerDto.Page list(@QueryParam("q") String q, @QueryParam("memberLevel") String memberLevel,
            @QueryParam("registeredFrom") String registeredFrom, @QueryParam("registeredTo") String registeredTo,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(CustomerDirectory.MAX_LIMIT) int limit) {
        return directory.list(new CustomerDirectory.Filter(q, memberLevel, date("registeredFrom", registeredFrom),
                date("registeredTo", registeredTo)), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A customer: profile, masked addresses, order stats and the 10 latest orders, points and member "
            + "level, open complaints, staff notes and tags")
    public StaffCustomerDto.Detail detail(@PathParam("id") UUID id) {
        return customers.detail(id);
    }

    @PUT
    @Path("/{id}/notes")
    @RolesAllowed({ Roles.OWNER, Roles.CUSTOMER_SERVICE })
    @Operation(summary = "Replace the staff note (≤ 1000 characters) and tags (≤ 10, each ≤ 20 characters; trimmed, "
            + "deduplicated); version = the one read (0 for none yet), else 409; audited")
    public StaffCustomerDto.Notes notes(@PathParam("id") UUID id, @NotNull StaffCustomerDto.NotesInput in) {
        return customers.updateNotes(id, in, staffName());
    }

    @POST
    @Path("/{id}/phone-reveal")
    @RolesAllowed({ Roles.OWNER, Roles.CUSTOMER_SERVICE })
    @Operation(summary = "The customer's full phone number for calling them; written to the tenant's audit log")
    public StaffCustomerDto.PhoneReveal revealPhone(@PathParam("id") UUID id) {
        return customers.revealPhone(id);
    }

    private String staffName() {
        String name = token.getClaim("preferred_username");
        String by = name != null ? name : token.getSubject();
        return by.length() > 100 ? by.substring(0, 100) : by;
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new ApiException(400, "customer-filter-invalid", name, raw);
        }
    }
}
