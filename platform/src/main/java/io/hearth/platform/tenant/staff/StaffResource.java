package io.hearth.platform.tenant.staff;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's staff accounts (members of its Keycloak organization), for its owner only. Ids are Keycloak user ids;
 * an id that is not a member of the caller's tenant is 404, like one that does not exist. The directory being
 * unreachable is 503, nothing changed.
 */
@Path("/api/tenant/staff")
@RolesAllowed(Roles.OWNER)
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: staff accounts")
public class StaffResource {

    /** Keycloak ids are UUIDs; anything else cannot be a member (and never reaches the directory's URLs). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @Inject
    StaffAccounts staff;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Every staff account with its tenant roles and status, sorted by username; q filters on "
            + "username, name and e-mail. Also the enabled count and the plan's limit")
    public StaffDto.Staff list(@QueryParam("q") String q) {
        return staff.list(TenantContext.require(), q);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One staff account")
    public StaffDto.Account get(@PathParam("id") String id) {
        return staff.get(TenantContext.require(), member(id));
    }

    @POST
    @Operation(summary = "Create an account with tenant roles and a temporary password, shown once in the answer "
            + "(the user must change it at the first sign-in); 409 when the username or e-mail is taken or the "
            + "plan's limit of enabled accounts is reached")
    public Response invite(@NotNull @Valid StaffDto.Invite in) {
        StaffDto.Invited invited = staff.invite(TenantContext.require(), in);
        return Response.created(URI.create("/api/tenant/staff/" + invited.account().id())).entity(invited).build();
    }

    @PUT
    @Path("/{id}/roles")
    @Operation(summary = "Replace the account's tenant roles (at least one; 422 for an unknown role); other realm "
            + "roles are kept. 409 when it would leave the company without an enabled owner")
    public StaffDto.Account setRoles(@PathParam("id") String id, @NotNull @Valid StaffDto.RolesChange in) {
        return staff.setRoles(TenantContext.require(), member(id), in.roles());
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.WILDCARD) // no body: whatever a client calls its empty one
    @Operation(summary = "Disable the account and end its sessions; 409 for your own account or the last enabled owner")
    public StaffDto.Account disable(@PathParam("id") String id) {
        return staff.disable(TenantContext.require(), member(id), token.getSubject());
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.WILDCARD) // no body: whatever a client calls its empty one
    @Operation(summary = "Enable the account again; 409 when the plan's limit of enabled accounts is reached")
    public StaffDto.Account enable(@PathParam("id") String id) {
        return staff.enable(TenantContext.require(), member(id));
    }

    @POST
    @Path("/{id}/password-reset")
    @Consumes(MediaType.WILDCARD) // no body: whatever a client calls its empty one
    @Operation(summary = "Replace the password with a new temporary one, shown once in the answer; ends the "
            + "account's sessions")
    public StaffDto.PasswordReset resetPassword(@PathParam("id") String id) {
        return staff.resetPassword(TenantContext.require(), member(id));
    }

    private static String member(String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.notFound("Staff member", id);
        }
        return id;
    }
}
