package io.hearth.platform.identity.token;

import io.hearth.platform.shared.tenancy.CallerTenant;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/**
 * Signs short-lived access tokens for customers and workers: tenant ({@code tid}), subject, kind
 * (also the role, in {@code groups}) and the sign-in session ({@code sid} = refresh-token family).
 */
@ApplicationScoped
public class AppTokenIssuer {

    public static final String KIND_CLAIM = "kind";
    public static final String SESSION_CLAIM = "sid";

    @Inject
    AppAuthConfig config;

    @Inject
    SigningKeys keys;

    public String accessToken(UUID tenantId, SubjectKind kind, UUID subjectId, UUID sessionId) {
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(subjectId.toString())
                .groups(Set.of(kind.role))
                .claim(CallerTenant.TENANT_CLAIM, tenantId.toString())
                .claim(KIND_CLAIM, kind.role)
                .claim(SESSION_CLAIM, sessionId.toString())
                .expiresIn(config.accessTokenTtl())
                .jws().keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    public long accessTokenSeconds() {
        return config.accessTokenTtl().toSeconds();
    }
}
