package io.hearth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where everything is: addresses of the benchmarked app and its services, and the secrets bench/run.sh
 * generated (bench/.secrets: keys the app runs with) or Keycloak's dev script did (.run/secrets.env).
 */
record Env(Path root, String appUrl, int appPort, String keycloakUrl, String pgHost, int pgPort, String database,
        String dbUser, String dbPassword, int redisPort, int redisDb, Map<String, String> secrets) {

    static final String BIG_SLUG = "bench-big";
    static final String BOOKING_SLUG = "bench-booking";
    static final String OWNER_USERNAME = "bench-owner";

    static Env load(Path root) throws IOException {
        Map<String, String> secrets = new LinkedHashMap<>();
        read(root.resolve(".run/secrets.env"), secrets);
        read(root.resolve("bench/.secrets"), secrets);
        int port = Integer.parseInt(System.getenv().getOrDefault("BENCH_APP_PORT", "8090"));
        return new Env(root, "http://127.0.0.1:" + port, port,
                System.getenv().getOrDefault("BENCH_KEYCLOAK_URL", "http://127.0.0.1:8180"), "127.0.0.1",
                Integer.parseInt(System.getenv().getOrDefault("BENCH_PG_PORT", "5432")),
                System.getenv().getOrDefault("BENCH_DATABASE", "hearth_bench"), "hearth",
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", "hearth"),
                Integer.parseInt(System.getenv().getOrDefault("BENCH_REDIS_PORT", "6379")),
                Integer.parseInt(System.getenv().getOrDefault("BENCH_REDIS_DB", "5")), Map.copyOf(secrets));
    }

    private static void read(Path file, Map<String, String> into) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                into.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
    }

    String secret(String name) {
        String v = secrets.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is missing: bench/run.sh writes bench/.secrets, dev/keycloak.sh .run/secrets.env");
        }
        return v;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    String tokenUrl() {
        return keycloakUrl + "/realms/hearth/protocol/openid-connect/token";
    }

    Path runDir() {
        return root.resolve("bench/.run");
    }
}
