package io.hearth.platform.realtime;

import io.hearth.platform.identity.token.AppTokenIssuer;
import io.hearth.platform.identity.token.RevokedSessions;
import io.hearth.platform.shared.tenancy.CallerTenant;
import io.hearth.platform.shared.tenancy.OrganizationClaim;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.tenant.TenantStatus;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides who a WebSocket connection is for while its HTTP upgrade is checked, from the verified token only, as
 * the REST API does ({@link CallerTenant}): customers and workers by the platform token's {@code tid}, {@code kind}
 * and subject (a revoked session is refused); staff by the Keycloak {@code organization} claim (someone in several
 * organizations picks one with the {@code tenant} query parameter or the {@code X-Hearth-Tenant} header, which can
 * only name one of theirs). The tenant must be ACTIVE. Refusal: 401 without a usable token, 403 otherwise; nothing
 * is upgraded. The endpoints' {@code @RolesAllowed} checks the role; the audience is kept in the connection's user
 * data for {@link OpenSockets}.
 */
@ApplicationScoped
public class SocketAudiences implements HttpUpgradeCheck {

    static final String APP = "hearth-app";
    static final String WORKER = "hearth-worker";
    static final String STAFF = "hearth-staff";

    static final UserData.TypedKey<Audience> AUDIENCE = new UserData.TypedKey<>("hearth.audience");
    static final UserData.TypedKey<Long> EXPIRES_AT = UserData.TypedKey.forLong("hearth.expires-at");

    /** A refused upgrade: the HTTP status. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String why) {
            super(why, null, false, false);
            this.status = status;
        }
    }

    @Inject
    TenantLookup tenants;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Vertx vertx;

    @Override
    public boolean appliesTo(String endpointId) {
        return APP.equals(endpointId) || WORKER.equals(endpointId) || STAFF.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        HttpServerRequest request = context.httpRequest();
        String wanted = request.getParam("tenant");
        if (wanted == null || wanted.isBlank()) {
            wanted = request.getHeader(CallerTenant.TENANT_HEADER);
        }
        String picked = wanted;
        return context.securityIdentity()
                .chain(identity -> vertx.executeBlocking(() -> resolve(context.endpointId(), identity, picked), false)
                        .map(audience -> {
                            context.userData().put(AUDIENCE, audience);
                            if (identity.getPrincipal() instanceof JsonWebToken token
                                    && token.getExpirationTime() > 0) {
                                context.userData().put(EXPIRES_AT, token.getExpirationTime());
                            }
                            return CheckResult.permitUpgradeSync();
                        }))
                .onFailure(Refused.class).recoverWithItem(e -> CheckResult.rejectUpgradeSync(((Refused) e).status));
    }

    /** Blocking (tenant lookup, revoked sessions): runs on a worker thread. */
    Audience resolve(String endpointId, SecurityIdentity identity, String wantedTenant) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new Refused(401, "no token");
        }
        return switch (endpointId) {
            case APP -> app(token, Audience.Kind.CUSTOMER, "customer");
            case WORKER -> app(token, Audience.Kind.WORKER, "worker");
            case STAFF -> staff(token, wantedTenant);
            default -> throw new Refused(403, "unknown endpoint");
        };
    }

    private Audience app(JsonWebToken token, Audience.Kind kind, String role) {
        Object tid = token.getClaim(CallerTenant.TENANT_CLAIM);
        Object tokenKind = token.getClaim(AppTokenIssuer.KIND_CLAIM);
        if (tid == null || tokenKind == null || !role.equals(unquote(tokenKind.toString()))) {
            throw new Refused(403, "not a " + role + " token");
        }
        UUID tenantId;
        UUID subject;
        try {
            tenantId = UUID.fromString(unquote(tid.toString()));
            subject = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused(401, "malformed token");
        }
        Object session = token.getClaim(AppTokenIssuer.SESSION_CLAIM);
        if (revokedSessions.isRevoked(tenantId, session == null ? null : unquote(session.toString()))) {
            throw new Refused(401, "session ended");
        }
        TenantRef tenant = tenants.byId(tenantId).orElseThrow(() -> new Refused(403, "unknown tenant"));
        active(tenant);
        return new Audience(tenant.id(), kind, subject);
    }

    private Audience staff(JsonWebToken token, String wanted) {
        if (token.containsClaim(CallerTenant.TENANT_CLAIM)) {
            throw new Refused(403, "not a staff token");
        }
        List<String> organizations = OrganizationClaim.aliases(token.getClaim("organization"));
        String slug;
        if (wanted != null && !wanted.isBlank()) {
            if (!organizations.contains(wanted)) {
                throw new Refused(403, "not a member of " + wanted);
            }
            slug = wanted;
        } else if (organizations.size() == 1) {
            slug = organizations.get(0);
        } else {
            throw new Refused(403, "no single organization");
        }
        TenantRef tenant = tenants.bySlug(slug).orElseThrow(() -> new Refused(403, "unknown tenant"));
        active(tenant);
        return Audience.staff(tenant.id());
    }

    private static void active(TenantRef tenant) {
        if (tenant.status() != TenantStatus.ACTIVE) {
            throw new Refused(403, "tenant " + tenant.status());
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The audience decided at upgrade time. */
    static Audience of(WebSocketConnection connection) {
        return connection.userData().get(AUDIENCE);
    }

    /** When the connection's token expires (epoch seconds), or null. */
    static Long expiresAt(WebSocketConnection connection) {
        return connection.userData().get(EXPIRES_AT);
    }
}
