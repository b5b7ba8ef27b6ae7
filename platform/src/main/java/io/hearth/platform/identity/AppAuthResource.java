package io.hearth.platform.identity;

import io.hearth.platform.customer.CustomerAccounts;
import io.hearth.platform.identity.otp.OneTimeCodes;
import io.hearth.platform.identity.token.AppSessions;
import io.hearth.platform.identity.token.AppTokenIssuer;
import io.hearth.platform.identity.token.SubjectKind;
import io.hearth.platform.identity.wechat.WeChatLoginException;
import io.hearth.platform.identity.wechat.WeChatSession;
import io.hearth.platform.identity.wechat.WeChatSessionClient;
import io.hearth.platform.shared.tenancy.NamedTenant;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer sign-in for mini programs and H5: phone + SMS code, WeChat, token refresh, sign-out. */
@Path("/api/app/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: sign-in")
public class AppAuthResource {

    public record WeChatSignedIn(AppSessions.Tokens tokens, boolean phoneBound) {
    }

    @Inject
    NamedTenant namedTenant;

    @Inject
    PhoneSignIn phoneSignIn;

    @Inject
    AppSessions sessions;

    @Inject
    CustomerAccounts customers;

    @Inject
    WeChatSessionClient weChat;

    @Inject
    TenantService tenants;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/sms-code")
    @PermitAll
    @Operation(summary = "Send a six-digit sign-in code by SMS (tenant named by header)")
    public Response smsCode(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @NotNull @Valid AuthDto.CodeRequest in,
            @Context HttpServerRequest request) {
        TenantRef tenant = namedTenant.require(slug, appId);
        OneTimeCodes.Sent sent = phoneSignIn.sendCode(tenant, SubjectKind.CUSTOMER, in.phone(), ClientAddress.of(request));
        return Response.accepted(sent).build();
    }

    @POST
    @Path("/sms-login")
    @PermitAll
    @Operation(summary = "Sign in (or sign up) with the phone and the code")
    public AppSessions.Tokens smsLogin(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @NotNull @Valid AuthDto.PhoneLogin in) {
        return phoneSignIn.signIn(namedTenant.require(slug, appId), SubjectKind.CUSTOMER, in.phone(), in.code());
    }

    @POST
    @Path("/wechat-login")
    @PermitAll
    @Operation(summary = "Sign in with wx.login()'s code; bind a phone afterwards if phoneBound is false")
    public WeChatSignedIn weChatLogin(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @NotNull @Valid AuthDto.WeChatLogin in) {
        TenantRef tenant = namedTenant.require(slug, appId);
        TenantService.WeChatCredentials app = tenants.weChatCredentials(tenant.id())
                .orElseThrow(() -> new ApiException(422, "wechat-not-configured", tenant.slug()));
        WeChatSession session;
        try {
            session = weChat.code2Session(app.appId(), app.appSecret(), in.code());
        } catch (WeChatLoginException e) {
            throw e.toApiException();
        }
        return TenantContext.call(tenant.id(), () -> {
            CustomerAccounts.SignedIn who = customers.byWeChat(session.openid(), session.unionid());
            return new WeChatSignedIn(sessions.start(SubjectKind.CUSTOMER, who.customerId()), who.phoneBound());
        });
    }

    @POST
    @Path("/bind-phone")
    @RolesAllowed("customer")
    @TenantScoped
    @Operation(summary = "Attach a verified phone to the signed-in customer (after WeChat sign-in)")
    public Response bindPhone(@NotNull @Valid AuthDto.PhoneLogin in) {
        phoneSignIn.verifyForBinding(SubjectKind.CUSTOMER, in.phone(), in.code(), UUID.fromString(token.getSubject()));
        return Response.noContent().build();
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Rotate the refresh token; a refresh token used twice ends the session")
    public AppSessions.Tokens refresh(@NotNull @Valid AuthDto.Refresh in) {
        return SessionEndpoints.refresh(sessions, in.refreshToken(), SubjectKind.CUSTOMER);
    }

    @POST
    @Path("/logout")
    @RolesAllowed("customer")
    @TenantScoped
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @Operation(summary = "End this session: its refresh tokens and access tokens stop working")
    public Response logout() {
        sessions.end(UUID.fromString(token.getClaim(AppTokenIssuer.SESSION_CLAIM).toString()));
        return Response.noContent().build();
    }
}
