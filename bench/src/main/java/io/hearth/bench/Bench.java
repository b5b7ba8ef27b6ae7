package io.hearth.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark run of bench/run.sh: makes sure the data set exists (seeding it when missing or asked), starts
 * the prod-mode platform, runs the chosen scenarios, prints the results table and writes the results files.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        String loadAtStart = Report.loadAverage();
        Env env = Env.load(Path.of(System.getenv().getOrDefault("BENCH_ROOT", ".")).toAbsolutePath().normalize());
        DataSet ds = options.quick() ? DataSet.quick() : DataSet.full();
        Db db = new Db(env);
        Http http = new Http();
        Auth auth = new Auth(env, http);
        Platform platform = new Platform(env);
        Run run = new Run(env, ds, options, db, http, auth, platform, new Wrk(env), new PgBench(env));
        StartAndMemory startup = new StartAndMemory();
        List<Scenario> scenarios = List.of(new CatalogBrowse(), new StaffOrderList(), new SlotSearchScenario(), new BookingContention(),
                new GrabScenario(),
                new NearestWorkers(), new OutboxThroughput(),
                startup);
        List<Row> rows = new ArrayList<>();
        String marker;
        try {
            marker = options.reseed() ? null : Seeder.marker(db, ds);
            if (marker == null) {
                System.out.println("[bench] no complete " + ds.profile() + " data set in " + env.database()
                        + (options.reseed() ? " wanted (--reseed)" : "") + ": creating the database and seeding it");
                db.recreate();
                Redis.flushDb(env.redisPort(), env.redisDb());
                Duration d = platform.start();
                System.out.printf(Locale.ROOT, "[bench] platform ready after %.1f s (empty database, Flyway migrated it)%n", d.toMillis() / 1e3);
                new Seeder(env, ds, db, http, auth).seed();
                platform.stop();
                marker = Seeder.marker(db, ds);
            } else {
                System.out.println("[bench] using the " + ds.profile() + " data set in " + env.database() + ": " + marker
                        + " (--reseed to make it again)");
            }
            Redis.flushDb(env.redisPort(), env.redisDb()); // every run starts with cold caches
            Duration ready = platform.start();
            startup.started(ready, platform.rssBytes());
            System.out.printf(Locale.ROOT, "[bench] platform (prod) ready on %s after %.2f s, RSS %d MiB%n", env.appUrl(),
                    ready.toMillis() / 1e3, platform.rssBytes() >> 20);
            for (Scenario s : scenarios) {
                if (!options.scenarios().contains(s.number())) {
                    continue;
                }
                System.out.println("[bench] scenario " + s.number() + ": " + s.title());
                try {
                    rows.addAll(s.run(run));
                    if (s != startup && s.number() <= 4) {
                        startup.otherScenariosRan();
                    }
                } catch (Exception e) {
                    System.out.println("[bench]   FAILED: " + e);
                    rows.add(new Row(Integer.toString(s.number()), s.title(), "—", null, null, null, "FAILED: " + e.getMessage(),
                            java.util.Map.of()));
                }
            }
        } finally {
            platform.stop();
        }
        Report report = new Report(env, run, started, loadAtStart);
        System.out.println();
        System.out.print(report.table(rows));
        Path file = report.write(rows, marker);
        System.out.println("\n[bench] results: " + env.root().relativize(file) + " (and .json)");
        boolean complete = options.scenarios().size() == 8 && rows.stream().noneMatch(r -> r.notes() != null && r.notes().startsWith("FAILED"));
        if (!options.quick() && complete) {
            report.updateReadme(rows, file);
            System.out.println("[bench] bench/README.md: latest figures updated");
        }
    }

    private static Scenario notYet(int number, String title, String why) {
        return new Scenario() {
            @Override
            public int number() {
                return number;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public List<Row> run(Run run) {
                return List.of(Row.notYet(number, title, why));
            }
        };
    }
}
