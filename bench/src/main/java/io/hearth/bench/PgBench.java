package io.hearth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * pgbench running SQL scripts against the bench database (prepared statements, like the app's JDBC driver),
 * with per-transaction logs (-l) from which the latency percentiles are computed.
 */
final class PgBench {

    private final Env env;

    PgBench(Env env) {
        this.env = env;
    }

    /** {@code scripts}: name → SQL text (one transaction each, picked with equal weight); {@code vars}: -D name=value. */
    Stats run(String name, Map<String, String> scripts, Map<String, String> vars, int clients, int seconds)
            throws IOException, InterruptedException {
        Path dir = env.runDir().resolve("pgbench-" + name);
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> cmd = new ArrayList<>(List.of(binary(), "-h", env.pgHost(), "-p", Integer.toString(env.pgPort()), "-U",
                env.dbUser(), "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "1", "-T", Integer.toString(seconds),
                "-l", "--log-prefix=" + dir.resolve("tx")));
        for (var s : scripts.entrySet()) {
            Path f = dir.resolve(s.getKey() + ".sql");
            Files.writeString(f, s.getValue());
            cmd.add("-f");
            cmd.add(f + "@1");
        }
        for (var v : vars.entrySet()) {
            cmd.add("-D");
            cmd.add(v.getKey() + "=" + v.getValue());
        }
        cmd.add(env.database());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().put("PGPASSWORD", env.dbPassword());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        Matcher failed = Pattern.compile("number of failed transactions: ([0-9]+)").matcher(out);
        if (exit != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed (exit " + exit + "):\n" + out);
        }
        Histogram h = Stats.histogram();
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("tx")).sorted(Comparator.naturalOrder()).toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    // client_id transaction_no latency_us script_no epoch_s epoch_us
                    lines.forEach(l -> {
                        String[] f = l.split(" ");
                        if (f.length >= 3 && !"failed".equals(f[2]) && !"skipped".equals(f[2])) {
                            h.recordValue(Long.parseLong(f[2]) * 1_000L);
                        }
                    });
                }
            }
        }
        double rate = Double.parseDouble(tps.group(1));
        double secondsMeasured = h.getTotalCount() / rate;
        Stats s = Stats.of(h, secondsMeasured, failed.find() ? Long.parseLong(failed.group(1)) : 0);
        System.out.printf(Locale.ROOT, "[bench]   pgbench %-14s c=%-3d %ds: %,.0f tx/s, p50 %.2f ms, p99 %.2f ms, failures %d%n", name,
                clients, seconds, rate, s.p50us() / 1e3, s.p99us() / 1e3, s.failures());
        return s;
    }

    String binary() {
        for (String candidate : List.of("pgbench")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).max(Comparator.naturalOrder())
                    .map(Path::toString).orElseThrow(() -> new IllegalStateException("pgbench not found"));
        } catch (IOException e) {
            throw new IllegalStateException("pgbench not found (apt-get install postgresql-contrib)");
        }
    }

    String version() {
        try {
            Process p = new ProcessBuilder(binary(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return out;
        } catch (IOException | RuntimeException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
