package io.hearth.platform.identity;

import io.hearth.platform.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @GET
    @Path("/platform/me")
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.PLATFORM_FINANCE })
    @Operation(summary = "The signed-in super-admin")
    public StaffSession platformStaff() {
        return session();
    }

    @GET
    @Path("/tenant/me")
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE, Roles.FINANCE, Roles.CATALOG_MANAGER,
            Roles.MARKETING })
    @Operation(summary = "The signed-in tenant staff member and the organizations in the token")
    public StaffSession tenantStaff() {
        return session();
    }

    private StaffSession session() {
        return new StaffSession(token.getSubject(), token.getClaim("preferred_username"), token.getClaim("name"),
                token.getClaim("email"), new TreeSet<>(identity.getRoles()), organizations(token.getClaim("organization")));
    }

    /**
     * Keycloak writes the claim as a list of aliases, or as a map alias -> attributes when the
     * mapper adds ids; both give the aliases.
     */
    static List<String> organizations(Object claim) {
        List<String> aliases = new ArrayList<>();
        if (claim instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> aliases.add(unquote(k.toString())));
        } else if (claim instanceof Iterable<?> list) {
            list.forEach(v -> aliases.add(unquote(v.toString())));
        } else if (claim != null) {
            aliases.add(unquote(claim.toString()));
        }
        return aliases;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
