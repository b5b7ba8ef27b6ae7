package io.hearth.platform.identity.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;

/**
 * Quarkus OIDC verifies two issuers: Keycloak (staff; the default tenant from configuration) and
 * the platform itself (customers and workers; verified locally with our public key). A bearer
 * token whose unverified {@code iss} is ours is sent to the second configuration — the signature
 * check there decides whether it is genuine; everything else goes to Keycloak's.
 */
@ApplicationScoped
public class AppTokenVerification implements TenantConfigResolver {

    static final String OIDC_TENANT = "hearth-app";

    @Inject
    AppAuthConfig config;

    @Inject
    SigningKeys keys;

    @Inject
    ObjectMapper json;

    private volatile OidcTenantConfig appConfig;

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        String token = bearer(context);
        if (token != null && config.issuer().equals(unverifiedIssuer(token))) {
            return Uni.createFrom().item(appConfig());
        }
        return Uni.createFrom().nullItem();
    }

    private OidcTenantConfig appConfig() {
        OidcTenantConfig c = appConfig;
        if (c == null) {
            c = OidcTenantConfig.builder()
                    .tenantId(OIDC_TENANT)
                    .applicationType(ApplicationType.SERVICE)
                    .publicKey(keys.publicKeyBase64())
                    .token().issuer(config.issuer()).audience(config.audience()).end()
                    .roles().roleClaimPath("groups").end()
                    .build();
            appConfig = c;
        }
        return c;
    }

    private static String bearer(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return null;
    }

    private String unverifiedIssuer(String token) {
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return null;
        }
        try {
            JsonNode payload = json.readTree(Base64.getUrlDecoder().decode(token.substring(first + 1, second)));
            JsonNode iss = payload.get("iss");
            return iss == null ? null : iss.asText();
        } catch (Exception e) {
            return null;
        }
    }
}
