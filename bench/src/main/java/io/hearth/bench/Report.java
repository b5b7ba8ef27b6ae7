package io.hearth.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results: a table on the terminal, and bench/results/&lt;UTC time&gt;-&lt;profile&gt;.md and .json with the
 * machine's facts, so that runs can be compared. A complete full run also refreshes the "latest figures"
 * table of bench/README.md.
 */
final class Report {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String LATEST_START = "<!-- latest:start -->";
    static final String LATEST_END = "<!-- latest:end -->";

    private final Env env;
    private final Run run;
    private final Instant started;
    private final Map<String, String> machine = new LinkedHashMap<>();

    Report(Env env, Run run, Instant started, String loadAtStart) {
        this.env = env;
        this.run = run;
        this.started = started;
        machine.put("cores", Runtime.getRuntime().availableProcessors() + " (" + cpuModel() + ")");
        machine.put("memory", memory());
        machine.put("os", os() + ", kernel " + System.getProperty("os.version"));
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (app: -Xmx" + Platform.HEAP + ", default GC)");
        machine.put("postgresql", postgres());
        machine.put("redis", Redis.version(env.redisPort()));
        machine.put("wrk", command("wrk", "-v").lines().findFirst().orElse("?").replaceAll("\\s+Copyright.*", ""));
        machine.put("pgbench", run.pgbench.version());
        machine.put("quarkus", quarkus());
        machine.put("git", git());
        machine.put("load average at start", loadAtStart);
    }

    /** Load average (1 minute) at start above half the cores: something else was running. */
    boolean busy() {
        try {
            return Double.parseDouble(machine.get("load average at start").split(" ")[0]) > Runtime.getRuntime().availableProcessors() / 2.0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    Path write(List<Row> rows, String seedMarker) throws IOException {
        machine.put("load average at end", loadAverage());
        String profile = run.ds.profile();
        Path dir = env.root().resolve("bench/results");
        Files.createDirectories(dir);
        String stem = FILE_TIME.format(started) + "-" + profile;
        Files.writeString(dir.resolve(stem + ".md"), markdown(rows, seedMarker));
        Files.writeString(dir.resolve(stem + ".json"), json(rows, seedMarker));
        return dir.resolve(stem + ".md");
    }

    String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| # | scenario | throughput | p50 | p99 | baseline | baseline throughput | baseline p50 | baseline p99 | ratio | notes |\n");
        b.append("|---|---|--:|--:|--:|---|--:|--:|--:|--:|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.id()).append(" | ").append(r.title()).append(" | ")
                    .append(throughput(r.measured())).append(" | ").append(ms(r.measured(), true)).append(" | ")
                    .append(ms(r.measured(), false)).append(" | ").append(r.baselineTitle() == null ? "—" : r.baselineTitle())
                    .append(" | ").append(throughput(r.baseline())).append(" | ").append(ms(r.baseline(), true)).append(" | ")
                    .append(ms(r.baseline(), false)).append(" | ")
                    .append(r.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f×", r.ratio())).append(" | ")
                    .append(r.notes() == null ? "" : r.notes()).append(" |\n");
        }
        return b.toString();
    }

    private String markdown(List<Row> rows, String seedMarker) {
        StringBuilder b = new StringBuilder();
        b.append("# Hearth benchmark, ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" (").append(run.ds.profile())
                .append(" data set)\n\n");
        b.append("Written by `bench/run.sh").append(run.options.quick() ? " --quick" : "").append("`; how to read it: bench/README.md.\n\n");
        if (!run.options.note().isBlank()) {
            b.append("**Note:** ").append(run.options.note()).append("\n\n");
        }
        if (busy()) {
            b.append("**The machine was busy when the run started** (load average ").append(machine.get("load average at start"))
                    .append(" on ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores): other processes took CPU time from the app, the database and the load generators, so"
                            + " the figures are lower and noisier than on an idle machine.\n\n");
        }
        b.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\nThe load generators (wrk, pgbench, the Java harness) run on the same machine as the app, PostgreSQL and"
                + " Redis, and share its cores.\n\n");
        b.append("## Data set\n\n").append(dataSet()).append(seedMarker == null ? "" : " (" + seedMarker + ")").append("\n\n");
        b.append("## Load\n\nMeasured runs of ").append(run.seconds()).append(" s after ").append(run.warmSeconds())
                .append(" s of warm-up; closed loop (a client sends its next request when the answer came);"
                        + " latencies in milliseconds; throughput per second.\n\n");
        b.append("## Results\n\n").append(table(rows)).append("\n");
        b.append("| # | load |\n|---|---|\n");
        rows.forEach(r -> b.append("| ").append(r.id()).append(" | ").append(r.load()).append(" |\n"));
        return b.toString();
    }

    private String json(List<Row> rows, String seedMarker) throws IOException {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("started", started.toString());
        root.put("profile", run.ds.profile());
        root.put("note", run.options.note());
        root.set("machine", Http.JSON.valueToTree(machine));
        root.put("dataSet", dataSet());
        root.put("seed", seedMarker);
        root.put("measuredSeconds", run.seconds());
        root.put("warmUpSeconds", run.warmSeconds());
        ArrayNode out = root.putArray("rows");
        for (Row r : rows) {
            ObjectNode n = out.addObject();
            n.put("id", r.id());
            n.put("title", r.title());
            n.put("load", r.load());
            n.set("measured", Http.JSON.valueToTree(r.measured()));
            n.put("baseline", r.baselineTitle());
            n.set("baselineMeasured", Http.JSON.valueToTree(r.baseline()));
            if (r.ratio() != null) {
                n.put("ratio", r.ratio());
            }
            n.put("notes", r.notes());
            n.set("facts", Http.JSON.valueToTree(r.facts()));
        }
        return Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    /** Replaces the table between the markers of bench/README.md. */
    void updateReadme(List<Row> rows, Path resultFile) throws IOException {
        Path readme = env.root().resolve("bench/README.md");
        String text = Files.readString(readme);
        int a = text.indexOf(LATEST_START);
        int z = text.indexOf(LATEST_END);
        if (a < 0 || z < a) {
            return;
        }
        String block = LATEST_START + "\n" + "Run " + started.truncatedTo(ChronoUnit.SECONDS) + " (" + run.ds.profile() + " data set, "
                + machine.get("cores") + ", load average at start " + machine.get("load average at start")
                + (busy() ? ": busy machine" : "") + (run.options.note().isBlank() ? "" : "; " + run.options.note()) + "), details in `results/"
                + resultFile.getFileName() + "`:\n\n" + table(rows) + LATEST_END;
        Files.writeString(readme, text.substring(0, a) + block + text.substring(z + LATEST_END.length()));
    }

    private String dataSet() {
        DataSet d = run.ds;
        return String.format(Locale.ROOT, "%,d tenants with catalogs (%d categories, %d items, 2 packages each); big tenant `%s`:"
                + " %,d approved workers, %,d customers, %,d orders; `%s`: %d workers, %d customers; %,d small tenants: %d workers,"
                + " %d customers, %d orders each; orders over %d past and %d coming days", d.tenants(), Seeder.CATEGORIES.size(),
                Seeder.ITEMS.size(), Env.BIG_SLUG, d.bigWorkers(), d.bigCustomers(), d.bigOrders(), Env.BOOKING_SLUG,
                d.bookingWorkers(), d.bookingCustomers(), d.smallTenants() - 0, d.smallWorkers(), d.smallCustomers(),
                d.smallOrders(), d.historyDays(), d.futureDays());
    }

    private static String throughput(Stats s) {
        if (s == null) {
            return "—";
        }
        return String.format(Locale.ROOT, s.throughput() < 100 ? "%.1f/s" : "%,.0f/s", s.throughput());
    }

    private static String ms(Stats s, boolean p50) {
        if (s == null) {
            return "—";
        }
        double v = (p50 ? s.p50us() : s.p99us()) / 1e3;
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }

    private String postgres() {
        try (Connection c = run.db.connect()) {
            return Db.text(c, "select version()").replaceAll(" on .*", "") + ", shared_buffers "
                    + Db.text(c, "show shared_buffers") + ", max_connections " + Db.text(c, "show max_connections");
        } catch (Exception e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // below
        }
        return "?";
    }

    private static String memory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // below
        }
        return "?";
    }

    private static String os() {
        try {
            Matcher m = Pattern.compile("PRETTY_NAME=\"?([^\"\\n]+)").matcher(Files.readString(Path.of("/etc/os-release")));
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private String quarkus() {
        try {
            Matcher m = Pattern.compile("<quarkus.platform.version>([^<]+)<").matcher(Files.readString(env.root().resolve("pom.xml")));
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private String git() {
        String head = command("git", "-C", env.root().toString(), "rev-parse", "--short", "HEAD").trim();
        String branch = command("git", "-C", env.root().toString(), "rev-parse", "--abbrev-ref", "HEAD").trim();
        boolean dirty = !command("git", "-C", env.root().toString(), "status", "--porcelain", "--untracked-files=no").isBlank();
        return head + " (" + branch + ")" + (dirty ? " + uncommitted changes" : "");
    }

    static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
