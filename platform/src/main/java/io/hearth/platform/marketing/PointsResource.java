package io.hearth.platform.marketing;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's points. */
@Path("/api/app/me/points")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: my account")
public class PointsResource {

    static final int RECENT_ENTRIES = 20;

    @Inject
    PointsAccounts points;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Balance and the latest changes, newest first")
    public PointsDto.Account mine() {
        return points.account(UUID.fromString(token.getSubject()), RECENT_ENTRIES);
    }
}
