package io.hearth.platform.shared.tenancy;

import io.hearth.platform.identity.token.AppTokenIssuer;
import io.hearth.platform.identity.token.RevokedSessions;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant of the signed-in caller, from the verified token only:
 * <ul>
 * <li>customers and workers: the {@value #TENANT_CLAIM} claim of the platform-issued token;</li>
 * <li>staff: the Keycloak {@code organization} claim (organization alias = tenant slug). Someone in
 * several organizations picks one with the {@value #TENANT_HEADER} header, which can only name an
 * organization the token already lists.</li>
 * </ul>
 * The tenant must be ACTIVE.
 */
@ApplicationScoped
public class CallerTenant {

    public static final String TENANT_CLAIM = "tid";
    public static final String TENANT_HEADER = "X-Hearth-Tenant";

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantLookup lookup;

    @Inject
    CurrentVertxRequest request;

    @Inject
    RevokedSessions revokedSessions;

    public TenantRef resolve() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new ApiException(401, "unauthenticated");
        }
        TenantRef tenant = token.containsClaim(TENANT_CLAIM) ? byTenantClaim(token) : byOrganization(token);
        switch (tenant.status()) {
            case ACTIVE -> {
                return tenant;
            }
            case SUSPENDED -> throw new ApiException(403, "tenant-suspended", tenant.slug());
            case CLOSED -> throw new ApiException(403, "tenant-closed", tenant.slug());
            default -> throw new ApiException(403, "tenant-not-ready", tenant.slug());
        }
    }

    private TenantRef byTenantClaim(JsonWebToken token) {
        UUID id;
        try {
            id = UUID.fromString(token.getClaim(TENANT_CLAIM).toString());
        } catch (IllegalArgumentException e) {
            throw new ApiException(401, "unauthenticated");
        }
        Object session = token.getClaim(AppTokenIssuer.SESSION_CLAIM);
        if (revokedSessions.isRevoked(id, session == null ? null : session.toString())) {
            throw new ApiException(401, "session-ended");
        }
        return lookup.byId(id).orElseThrow(() -> new ApiException(403, "tenant-unknown", id));
    }

    private TenantRef byOrganization(JsonWebToken token) {
        List<String> organizations = OrganizationClaim.aliases(token.getClaim("organization"));
        String wanted = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(TENANT_HEADER);
        String slug;
        if (wanted != null && !wanted.isBlank()) {
            if (!organizations.contains(wanted)) {
                throw new ApiException(403, "tenant-not-yours", wanted);
            }
            slug = wanted;
        } else if (organizations.size() == 1) {
            slug = organizations.get(0);
        } else if (organizations.isEmpty()) {
            throw new ApiException(403, "tenant-no-membership");
        } else {
            throw new ApiException(400, "tenant-ambiguous", String.join(", ", organizations), TENANT_HEADER);
        }
        return lookup.bySlug(slug).orElseThrow(() -> new ApiException(403, "tenant-unknown", slug));
    }

}
