package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Real tokens: staff through Keycloak (realm hearth, public client hearth-cli, as the README's scripts do),
 * customers through the platform's own SMS sign-in with the bench's test-phone range and fixed code.
 */
final class Auth {

    static final String TEST_CODE = "246810";
    /** Keycloak's dev realm (dev/keycloak/hearth-realm.json): the demo super-admin. */
    private static final String SUPERADMIN = "superadmin";
    private static final String SUPERADMIN_PASSWORD = "Hearth-Admin-1";

    private final Env env;
    private final Http http;

    Auth(Env env, Http http) {
        this.env = env;
        this.http = http;
    }

    String superAdmin() {
        return password(SUPERADMIN, SUPERADMIN_PASSWORD);
    }

    /** The big tenant's owner (created by the platform with a temporary password; see {@link #setOwnerPassword}). */
    String owner() {
        return password(Env.OWNER_USERNAME, env.secret("BENCH_OWNER_PASSWORD"));
    }

    private String password(String user, String password) {
        return http.form(env.tokenUrl(), Map.of("grant_type", "password", "client_id", "hearth-cli",
                "scope", "openid organization", "username", user, "password", password)).path("access_token").asText();
    }

    /**
     * The platform creates owners with a temporary password and UPDATE_PASSWORD, which a password grant
     * refuses. Sets the bench's own password for the owner, through the Admin API as the platform's service
     * account (hearth-platform may manage users of realm hearth; its secret is in .run/secrets.env).
     */
    void setOwnerPassword() {
        String admin = http.form(env.tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", "hearth-platform",
                "client_secret", env.secret("HEARTH_PLATFORM_CLIENT_SECRET"))).path("access_token").asText();
        String users = env.keycloakUrl() + "/admin/realms/hearth/users";
        JsonNode found = http.expect(200, "GET", users + "?exact=true&username="
                + URLEncoder.encode(Env.OWNER_USERNAME, StandardCharsets.UTF_8), admin, null);
        if (found.size() != 1) {
            throw new IllegalStateException("Keycloak has no user " + Env.OWNER_USERNAME);
        }
        String id = found.get(0).path("id").asText();
        http.expect(204, "PUT", users + "/" + id + "/reset-password", admin,
                Map.of("type", "password", "value", env.secret("BENCH_OWNER_PASSWORD"), "temporary", false));
        http.expect(204, "PUT", users + "/" + id, admin, Map.of("requiredActions", List.of(), "emailVerified", true));
    }

    /** A customer's access token through POST /api/app/auth/sms-login (test phones: fixed code, no SMS). */
    String customer(String tenantSlug, String phone) {
        return http.expect(200, "POST", env.appUrl() + "/api/app/auth/sms-login", null,
                Map.of("phone", phone, "code", TEST_CODE), "X-Hearth-Tenant", tenantSlug).path("accessToken").asText();
    }

    /** A worker's access token through POST /api/worker/auth/sms-login (test phones +86 136…: fixed code). */
    String worker(String tenantSlug, String phone) {
        return http.expect(200, "POST", env.appUrl() + "/api/worker/auth/sms-login", null,
                Map.of("phone", phone, "code", TEST_CODE), "X-Hearth-Tenant", tenantSlug).path("accessToken").asText();
    }
}
