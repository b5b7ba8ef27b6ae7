package io.hearth.platform.identity.token;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions of customers and workers. The refresh token is {@code <tenant id>.<256 random
 * bits>}; only its SHA-256 is stored. Every refresh rotates it; presenting a token that was already
 * used revokes the whole session (someone else holds a copy).
 */
@ApplicationScoped
public class AppSessions implements PanacheRepositoryBase<RefreshToken, UUID> {

    public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken,
            long refreshExpiresIn, UUID subjectId, String kind) {
    }

    private final SecureRandom random = new SecureRandom();

    @Inject
    AppTokenIssuer issuer;

    @Inject
    AppAuthConfig config;

    @Inject
    RevokedSessions revoked;

    /** Starts a session for a signed-in subject of the current tenant. */
    public Tokens start(SubjectKind kind, UUID subjectId) {
        return QuarkusTransaction.joiningExisting().call(() -> issue(TenantContext.require(), kind, subjectId, UUID.randomUUID()));
    }

    /** Tenant of a refresh token as the client presents it; not yet proof of anything. */
    public static Optional<UUID> tenantOf(String refreshToken) {
        int dot = refreshToken == null ? -1 : refreshToken.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(refreshToken.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Runs inside the tenant named by the token ({@link #tenantOf}). */
    public Tokens refresh(String refreshToken, SubjectKind expectedKind) {
        UUID tenantId = TenantContext.require();
        String hash = sha256(refreshToken);
        Tokens next = QuarkusTransaction.requiringNew().call(() -> {
            RefreshToken current = find("tokenHash", hash).firstResultOptional()
                    .orElseThrow(() -> new ApiException(401, "refresh-invalid"));
            if (current.kind() != expectedKind) {
                throw new ApiException(401, "refresh-invalid");
            }
            Instant now = Instant.now();
            if (current.revokedAt != null || current.expiresAt.isBefore(now)) {
                throw new ApiException(401, "refresh-invalid");
            }
            // Conditional update: of two concurrent refreshes with one token, exactly one wins.
            int claimed = update("usedAt = ?1 where id = ?2 and usedAt is null", now, current.id);
            if (claimed == 0) {
                revokeFamily(tenantId, current.familyId, now);
                return null;
            }
            return issue(tenantId, current.kind(), current.subjectId, current.familyId);
        });
        if (next == null) {
            // committed above: the revocation must survive this refusal
            throw new ApiException(401, "refresh-reused");
        }
        return next;
    }

    /** Signs the session out everywhere: its refresh tokens and its unexpired access tokens. */
    public void end(UUID sessionId) {
        UUID tenantId = TenantContext.require();
        QuarkusTransaction.requiringNew().run(() -> revokeFamily(tenantId, sessionId, Instant.now()));
    }

    private void revokeFamily(UUID tenantId, UUID familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
        revoked.revoke(tenantId, familyId);
    }

    private Tokens issue(UUID tenantId, SubjectKind kind, UUID subjectId, UUID familyId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refresh = tenantId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken row = new RefreshToken();
        row.id = UUID.randomUUID();
        row.familyId = familyId;
        row.subjectKind = kind.role;
        row.subjectId = subjectId;
        row.tokenHash = sha256(refresh);
        row.issuedAt = Instant.now();
        row.expiresAt = row.issuedAt.plus(config.refreshTokenTtl());
        persist(row);
        return new Tokens(issuer.accessToken(tenantId, kind, subjectId, familyId), "Bearer",
                issuer.accessTokenSeconds(), refresh, config.refreshTokenTtl().toSeconds(), subjectId, kind.role);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
