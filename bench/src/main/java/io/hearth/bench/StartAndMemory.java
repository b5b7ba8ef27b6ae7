package io.hearth.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 8. From starting the prod jar to /q/health/ready answering 200 (Flyway validation, Hibernate, Redis and the
 * database checks, OIDC discovery included), and the resident memory (VmRSS) at that moment and after the load
 * of the other scenarios (or a short warm-up when they did not run). Runs last; a full run restarts the app
 * twice more and reports the median start.
 */
final class StartAndMemory implements Scenario {

    private final List<Duration> starts = new ArrayList<>();
    private long rssAtReady;
    private boolean loaded;

    /** The start that served the other scenarios. */
    void started(Duration toReady, long rss) {
        starts.add(toReady);
        rssAtReady = rss;
    }

    void otherScenariosRan() {
        loaded = true;
    }

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String title() {
        return "Platform start to ready, resident memory";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        if (!loaded) {
            List<Wrk.Request> warm = List.of(new Wrk.Request("/api/app/catalog/items?size=20", "X-Hearth-Tenant: " + Env.BIG_SLUG),
                    new Wrk.Request("/api/bench/ping"));
            run.wrk.run("warm-up", warm, run.connections(), Math.max(10, run.warmSeconds()));
        }
        long rssLoaded = run.platform.rssBytes();
        int more = run.ds.profile().equals("quick") ? 0 : 2;
        for (int i = 0; i < more; i++) {
            run.platform.stop();
            Duration d = run.platform.start();
            System.out.printf(Locale.ROOT, "[bench]   restart %d: ready after %.2f s%n", i + 1, d.toMillis() / 1e3);
            starts.add(d);
        }
        List<Duration> sorted = starts.stream().sorted().toList();
        Duration median = sorted.get(sorted.size() / 2);
        String all = String.join(", ", starts.stream().map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1e3)).toList());
        String notes = String.format(Locale.ROOT, "**ready after %.2f s**%s; RSS at ready %d MiB, after load %d MiB (-Xmx%s)",
                median.toMillis() / 1e3, starts.size() > 1 ? " (median of " + all + ")" : "", rssAtReady >> 20, rssLoaded >> 20,
                Platform.HEAP);
        return List.of(new Row("8", title(), "prod jar, java -Xmx" + Platform.HEAP + "; ready = GET /q/health/ready 200 (polled every 20 ms)",
                null, null, null, notes, Map.of("startToReadyMillis", starts.stream().map(Duration::toMillis).toList(),
                        "rssAtReadyBytes", rssAtReady, "rssAfterLoadBytes", rssLoaded)));
    }
}
