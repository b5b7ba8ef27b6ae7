package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Debian's wrk (closed loop: each connection sends its next request when the answer came), driven by
 * {@code bench/wrk-requests.lua}: it cycles through a file of requests (path and headers per line) and prints
 * its counters and latency percentiles as one JSON line. Any answer other than 2xx/3xx counts as a failure.
 */
final class Wrk {

    /** One request: path and query, then header lines ("Name: value"). */
    record Request(String path, List<String> headers) {
        Request(String path, String... headers) {
            this(path, List.of(headers));
        }
    }

    private final Env env;
    private final Path script;

    Wrk(Env env) throws IOException {
        this.env = env;
        Files.createDirectories(env.runDir());
        this.script = env.runDir().resolve("wrk-requests.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/bench/wrk-requests.lua")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Stats run(String name, List<Request> requests, int connections, int seconds) throws IOException, InterruptedException {
        Path file = env.runDir().resolve("wrk-" + name + ".txt");
        List<String> lines = new ArrayList<>();
        for (Request r : requests) {
            lines.add(r.path() + (r.headers().isEmpty() ? "" : "\t" + String.join("\t", r.headers())));
        }
        Files.write(file, lines);
        List<String> cmd = List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s", "-s", script.toString(),
                env.appUrl(), "--", file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        String json = out.lines().filter(l -> l.startsWith("BENCH_JSON ")).findFirst().map(l -> l.substring(11)).orElse(null);
        if (exit != 0 || json == null) {
            throw new IllegalStateException("wrk failed (exit " + exit + "):\n" + out);
        }
        JsonNode n = Http.JSON.readTree(json);
        long failures = n.path("status_errors").asLong() + n.path("connect_errors").asLong() + n.path("read_errors").asLong()
                + n.path("write_errors").asLong() + n.path("timeouts").asLong();
        Stats s = new Stats(n.path("requests").asLong(), n.path("duration_us").asDouble() / 1e6, failures,
                n.path("p50_us").asDouble(), n.path("p90_us").asDouble(), n.path("p99_us").asDouble(), n.path("max_us").asDouble());
        System.out.printf(Locale.ROOT, "[bench]   wrk %-18s c=%-3d %ds: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, failures %d%n", name,
                connections, seconds, s.throughput(), s.p50us() / 1e3, s.p99us() / 1e3, failures);
        return s;
    }
}
