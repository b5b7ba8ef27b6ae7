package io.hearth.platform.identity;

import io.hearth.platform.identity.otp.OneTimeCodes;
import io.hearth.platform.identity.token.AppSessions;
import io.hearth.platform.identity.token.AppTokenIssuer;
import io.hearth.platform.identity.token.SubjectKind;
import io.hearth.platform.shared.tenancy.NamedTenant;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Worker sign-in for the worker app: phone + SMS code, refresh, sign-out. */
@Path("/api/worker/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: sign-in")
public class WorkerAuthResource {

    @Inject
    NamedTenant namedTenant;

    @Inject
    PhoneSignIn phoneSignIn;

    @Inject
    AppSessions sessions;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/sms-code")
    @PermitAll
    public Response smsCode(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @NotNull @Valid AuthDto.CodeRequest in,
            @Context HttpServerRequest request) {
        OneTimeCodes.Sent sent = phoneSignIn.sendCode(namedTenant.require(slug, appId), SubjectKind.WORKER, in.phone(),
                ClientAddress.of(request));
        return Response.accepted(sent).build();
    }

    @POST
    @Path("/sms-login")
    @PermitAll
    public AppSessions.Tokens smsLogin(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @NotNull @Valid AuthDto.PhoneLogin in) {
        return phoneSignIn.signIn(namedTenant.require(slug, appId), SubjectKind.WORKER, in.phone(), in.code());
    }

    @POST
    @Path("/refresh")
    @PermitAll
    public AppSessions.Tokens refresh(@NotNull @Valid AuthDto.Refresh in) {
        return SessionEndpoints.refresh(sessions, in.refreshToken(), SubjectKind.WORKER);
    }

    @POST
    @Path("/logout")
    @RolesAllowed("worker")
    @TenantScoped
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    public Response logout() {
        sessions.end(UUID.fromString(token.getClaim(AppTokenIssuer.SESSION_CLAIM).toString()));
        return Response.noContent().build();
    }
}
