package io.hearth.platform.identity;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.OrganizationClaim;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Who am I" for staff signed in through Keycloak: lets the portals and scripts check that a token
 * is accepted and what it grants.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
@SecurityRequirement(name = "SecurityScheme")
public class StaffSessionResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    TenantLookup tenants;

    @GET
    @Path("/platform/me")
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.PLATFORM_FINANCE })
    @Operation(summary = "The signed-in super-admin")
    public StaffSession platformStaff() {
        return session();
    }

    /** The staff member and the tenant the platform resolved from the token. */
    public record TenantStaffSession(StaffSession staff, TenantRef tenant) {
    }

    @GET
    @Path("/tenant/me")
    @TenantScoped
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE, Roles.FINANCE, Roles.CATALOG_MANAGER,
            Roles.MARKETING })
    @Operation(summary = "The signed-in tenant staff member and the tenant the token maps to")
    public TenantStaffSession tenantStaff() {
        return new TenantStaffSession(session(), tenants.byId(TenantContext.require()).orElseThrow());
    }

    private StaffSession session() {
        return new StaffSession(token.getSubject(), token.getClaim("preferred_username"), token.getClaim("name"),
                token.getClaim("email"), new TreeSet<>(identity.getRoles()), OrganizationClaim.aliases(token.getClaim("organization")));
    }
}
