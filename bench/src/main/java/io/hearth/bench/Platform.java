package io.hearth.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmarked platform: the prod-mode jar ({@code platform/target/quarkus-app}) started as its own process
 * on 127.0.0.1:8090 against the bench database and Redis database 5, with the prod profile's required
 * settings as environment variables (the Helm chart's names), test phones on and the ping endpoint on.
 */
final class Platform {

    static final String HEAP = System.getenv().getOrDefault("BENCH_APP_HEAP", "1g");

    private final Env env;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;
    private int starts;

    Platform(Env env) {
        this.env = env;
    }

    Path jar() {
        return env.root().resolve("platform/target/quarkus-app/quarkus-run.jar");
    }

    /** Starts the app and waits until /q/health/ready answers 200; the time from process start to that answer. */
    Duration start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the platform is already running");
        }
        if (!Files.exists(jar())) {
            throw new IllegalStateException(jar() + " is missing: bench/run.sh builds it (./mvnw -pl platform package)");
        }
        Files.createDirectories(env.runDir());
        Path log = env.runDir().resolve("platform.log");
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx" + HEAP, "-jar", jar().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> e = pb.environment();
        e.put("QUARKUS_PROFILE", "prod");
        e.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        e.put("QUARKUS_HTTP_PORT", Integer.toString(env.appPort()));
        e.put("QUARKUS_DATASOURCE_JDBC_URL", env.jdbcUrl());
        e.put("QUARKUS_DATASOURCE_USERNAME", env.dbUser());
        e.put("QUARKUS_DATASOURCE_PASSWORD", env.dbPassword());
        e.put("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:" + env.redisPort() + "/" + env.redisDb());
        e.put("QUARKUS_OIDC_AUTH_SERVER_URL", env.keycloakUrl() + "/realms/hearth");
        e.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", env.keycloakUrl());
        e.put("HEARTH_PLATFORM_CLIENT_SECRET", env.secret("HEARTH_PLATFORM_CLIENT_SECRET"));
        e.put("RABBITMQ_USERNAME", "guest");
        e.put("RABBITMQ_PASSWORD", "guest");
        e.put("HEARTH_CRYPTO_DATA_KEY", env.secret("HEARTH_CRYPTO_DATA_KEY"));
        e.put("HEARTH_CRYPTO_INDEX_KEY", env.secret("HEARTH_CRYPTO_INDEX_KEY"));
        e.put("HEARTH_AUTH_SIGNING_KEY", env.secret("HEARTH_AUTH_SIGNING_KEY"));
        e.put("HEARTH_SMS_PROVIDER", "log");
        e.put("HEARTH_FILES_FILESYSTEM_ROOT", env.runDir().resolve("files").toString());
        // seeded customers (+86 137…) and workers (+86 136…) sign in with the fixed code, as demo accounts do in dev
        e.put("HEARTH_AUTH_OTP_TEST_PHONES_ENABLED", "true");
        e.put("HEARTH_AUTH_OTP_TEST_PHONE_PREFIXES", "+86137,+86136");
        e.put("HEARTH_AUTH_OTP_TEST_PHONE_CODE", Auth.TEST_CODE);
        e.put("HEARTH_BENCH_ENABLED", "true");
        // scenario 5 pays its orders with the sandbox provider (the app's own signed notification, delivered locally)
        e.put("HEARTH_PAYMENT_SANDBOX_ENABLED", "true");
        e.put("HEARTH_PAYMENT_SANDBOX_NOTIFY_DELAY", "50ms");
        long t0 = System.nanoTime();
        process = pb.start();
        Files.writeString(env.runDir().resolve("platform.pid"), Long.toString(process.pid()));
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited during start (exit " + process.exitValue()
                        + "); see " + log);
            }
            if (ready()) {
                return Duration.ofNanos(System.nanoTime() - t0);
            }
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(180)) {
                throw new IllegalStateException("the platform was not ready within 180 s; see " + log);
            }
            Thread.sleep(20);
        }
    }

    private boolean ready() throws InterruptedException {
        try {
            return probe.send(HttpRequest.newBuilder(URI.create(env.appUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Resident memory of the app process in bytes (VmRSS of /proc/PID/status). */
    long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + process.pid());
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    void stop() throws InterruptedException, IOException {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: graceful shutdown (readiness down, in-flight requests finish)
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        Files.deleteIfExists(env.runDir().resolve("platform.pid"));
        process = null;
    }
}
