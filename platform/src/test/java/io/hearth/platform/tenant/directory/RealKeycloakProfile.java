package io.hearth.platform.tenant.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;

/**
 * The real {@link KeycloakTenantDirectory} against the local Keycloak of dev/keycloak.sh
 * (HEARTH_KEYCLOAK_URL, default http://127.0.0.1:8180). The client secret comes from
 * HEARTH_PLATFORM_CLIENT_SECRET, or else from the .run/secrets.env that dev/keycloak.sh wrote.
 */
public class RealKeycloakProfile implements io.quarkus.test.junit.QuarkusTestProfile {

    static final String URL = Optional.ofNullable(System.getenv("HEARTH_KEYCLOAK_URL")).orElse("http://127.0.0.1:8180");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hearth.testing.directory", "keycloak",
                "quarkus.keycloak.admin-client.server-url", URL,
                "quarkus.keycloak.admin-client.client-secret", clientSecret());
    }

    private static String clientSecret() {
        String fromEnv = System.getenv("HEARTH_PLATFORM_CLIENT_SECRET");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path secrets = dir.resolve(".run").resolve("secrets.env");
            if (Files.isRegularFile(secrets)) {
                try {
                    return Files.readAllLines(secrets).stream()
                            .filter(line -> line.startsWith("HEARTH_PLATFORM_CLIENT_SECRET="))
                            .map(line -> line.substring(line.indexOf('=') + 1)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no HEARTH_PLATFORM_CLIENT_SECRET in " + secrets));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + secrets, e);
                }
            }
        }
        // Not an exception: JUnit discovery builds this profile even when the keycloak tag is excluded.
        // Run for real without a secret, Keycloak refuses it and the tests say so.
        return "unset:set-HEARTH_PLATFORM_CLIENT_SECRET-or-run-dev/keycloak.sh";
    }
}
