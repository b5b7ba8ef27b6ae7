package io.hearth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * 6. Nearest workers among 100,000 positions in Redis GEO: the commands the platform's
 * {@code WorkerPositions.near} sends for one dispatch search of the 30 nearest fresh workers within 5 km
 * (GEOSEARCH … BYRADIUS r km ASC COUNT 76 WITHCOORD WITHDIST, then ZMSCORE of the hits for freshness; r widening
 * 1.25 → 2.5 → 5 km until 30 are found) against the big tenant's keys, filled with 100,000 positions spread over
 * a 30 km disc around its city centre; searches from random points within 10 km of the centre. 6b: one search
 * of the whole radius, for comparison. Baseline: Redis PING at the same concurrency (a round trip, nothing else).
 */
final class NearestWorkers implements Scenario {

    static final int POSITIONS = 100_000;
    static final double RADIUS_KM = 5;
    static final int LIMIT = 30;

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "Nearest workers among 100,000 positions (Redis GEO)";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        UUID tenant = run.tenantId(Env.BIG_SLUG);
        String geoKey = "hearth:" + tenant + ":worker-geo";
        String seenKey = "hearth:" + tenant + ":worker-seen";
        int port = run.env.redisPort();
        int db = run.env.redisDb();
        Seeder.City city = Seeder.BIG_CITY;
        long loadNanos;
        try (Resp redis = new Resp(port, db)) {
            redis.call("DEL", geoKey, seenKey);
            Random r = new Random(6_006);
            long now = System.currentTimeMillis();
            long t0 = System.nanoTime();
            for (int batch = 0; batch < POSITIONS; batch += 1_000) {
                List<String> geo = new ArrayList<>(List.of("GEOADD", geoKey));
                List<String> seen = new ArrayList<>(List.of("ZADD", seenKey));
                for (int i = batch; i < batch + 1_000; i++) {
                    double[] p = around(r, city, 30);
                    String member = new UUID(0x6e0L, i).toString();
                    geo.add(Double.toString(p[1]));
                    geo.add(Double.toString(p[0]));
                    geo.add(member);
                    seen.add(Long.toString(now));
                    seen.add(member);
                }
                redis.pipeline(List.of(geo.toArray(String[]::new), seen.toArray(String[]::new)));
            }
            loadNanos = System.nanoTime() - t0;
        }
        System.out.printf(Locale.ROOT, "[bench]   %,d positions written in %.2f s%n", POSITIONS, loadNanos / 1e9);
        int clients = Math.min(run.connections(), 16);
        AtomicLong steps = new AtomicLong();
        AtomicLong searches = new AtomicLong();
        Stats search = closedLoop(run, clients, port, db, (redis, r) -> {
            double[] p = around(r, city, 10);
            searches.incrementAndGet();
            int fresh = 0;
            for (double radius : new double[] {RADIUS_KM / 4, RADIUS_KM / 2, RADIUS_KM}) {
                steps.incrementAndGet();
                fresh = searchOnce(redis, geoKey, seenKey, p, radius);
                if (fresh >= LIMIT) {
                    break;
                }
            }
            return fresh > 0;
        });
        Stats single = closedLoop(run, clients, port, db, (redis, r) -> {
            double[] p = around(r, city, 10);
            return searchOnce(redis, geoKey, seenKey, p, RADIUS_KM) > 0;
        });
        System.out.printf(Locale.ROOT, "[bench]   widening search: %.2f steps per search; one full-radius search: %.0f/s, p99 %.1f ms%n",
                steps.get() / (double) Math.max(1, searches.get()), single.throughput(), single.p99us() / 1e3);
        Stats ping = closedLoop(run, clients, port, db, (redis, r) -> "PONG".equals(redis.call("PING")));
        try (Resp redis = new Resp(port, db)) {
            redis.call("DEL", geoKey, seenKey);
        }
        return List.of(new Row("6a", title(), String.format(Locale.ROOT,
                "%d clients; %d nearest fresh within %.0f km, widening 1.25 → 2.5 → 5 km as WorkerPositions.near does",
                clients, LIMIT, RADIUS_KM), search, "Redis PING, same clients", ping, null, Map.of("positions", POSITIONS)),
                new Row("6b", title() + ", one search of the whole radius", String.format(Locale.ROOT,
                        "%d clients; GEOSEARCH %.0f km COUNT %d + ZMSCORE", clients, RADIUS_KM, LIMIT * 2 + 16), single,
                        "Redis PING, same clients", ping, "the cost before the widening search", Map.of("positions", POSITIONS)));
    }

    /** GEOSEARCH within {@code radius} km, then ZMSCORE of the hits; answers how many are fresh. */
    private static int searchOnce(Resp redis, String geoKey, String seenKey, double[] p, double radius) throws Exception {
        @SuppressWarnings("unchecked")
        List<Object> hits = (List<Object>) redis.call("GEOSEARCH", geoKey, "FROMLONLAT", Double.toString(p[1]),
                Double.toString(p[0]), "BYRADIUS", Double.toString(radius), "km", "ASC", "COUNT",
                Integer.toString(LIMIT * 2 + 16), "WITHCOORD", "WITHDIST");
        if (hits.isEmpty()) {
            return 0;
        }
        String[] zmscore = new String[hits.size() + 2];
        zmscore[0] = "ZMSCORE";
        zmscore[1] = seenKey;
        for (int i = 0; i < hits.size(); i++) {
            zmscore[i + 2] = (String) ((List<?>) hits.get(i)).get(0);
        }
        int fresh = 0;
        for (Object score : (List<?>) redis.call(zmscore)) {
            if (score != null) {
                fresh++;
            }
        }
        return Math.min(fresh, LIMIT);
    }

    interface Op {
        boolean run(Resp redis, Random r) throws Exception;
    }

    private static Stats closedLoop(Run run, int clients, int port, int db, Op op) throws Exception {
        Recorder recorder = new Recorder(3_600_000_000_000L, 3);
        AtomicLong failures = new AtomicLong();
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(run.warmSeconds());
        long endAt = warmUntil + TimeUnit.SECONDS.toNanos(run.seconds());
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            Thread t = new Thread(() -> {
                Random r = new Random(60_000 + seed);
                try (Resp redis = new Resp(port, db)) {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= endAt) {
                            break;
                        }
                        boolean ok = op.run(redis, r);
                        long t1 = System.nanoTime();
                        if (t0 >= warmUntil) {
                            if (ok) {
                                recorder.recordValue(t1 - t0);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.out.println("[bench]   client failed: " + e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
            threads.add(t);
        }
        done.await();
        Histogram h = recorder.getIntervalHistogram();
        return Stats.of(h, run.seconds(), failures.get());
    }

    /** A point uniformly within {@code km} of the city centre: {lat, lng}. */
    static double[] around(Random r, Seeder.City city, double km) {
        double angle = r.nextDouble() * 2 * Math.PI;
        double d = km * Math.sqrt(r.nextDouble());
        double lat = city.lat() + d / 111.0 * Math.cos(angle);
        double lng = city.lng() + d / (111.0 * Math.cos(Math.toRadians(city.lat()))) * Math.sin(angle);
        return new double[] {lat, lng};
    }
}
