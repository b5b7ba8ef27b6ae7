package io.hearth.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keycloak-shaped access tokens for tests, signed with the key that {@code OidcWiremockTestResource}
 * publishes: realm roles under {@code realm_access.roles}, the {@code organization} claim as Keycloak
 * writes it (a list of organization aliases) and the platform audience.
 */
public final class StaffTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "https://service.example.com";

    private StaffTokens() {
    }

    public static String superAdmin() {
        return token("superadmin", Set.of("platform-admin", "platform-finance"), List.of());
    }

    public static String staff(String username, String organization, String... roles) {
        return token(username, Set.of(roles), List.of(organization));
    }

    public static String token(String username, Set<String> roles, List<String> organizations) {
        return claims(username, roles, organizations).sign();
    }

    public static String expired(String username, Set<String> roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return claims(username, roles, List.of()).issuedAt(past).expiresAt(past.plusSeconds(300)).sign();
    }

    private static JwtClaimsBuilder claims(String username, Set<String> roles, List<String> organizations) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("email", username + "@example.test")
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(Duration.ofMinutes(5));
        if (!organizations.isEmpty()) {
            b.claim("organization", organizations);
        }
        return b;
    }

    /** A staff token of a directory account: its subject is the account's user id, as in Keycloak's tokens. */
    public static String member(String userId, String username, String organization, String... roles) {
        return claims(username, Set.of(roles), List.of(organization)).subject(userId).sign();
    }
}
