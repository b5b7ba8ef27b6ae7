package io.hearth.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * 7. The events backbone end to end: {@code bench.ping} events emitted through the platform's outbox
 * ({@code POST /api/bench/events}, one transaction per call, as a feature's change emits them) travel relay →
 * RabbitMQ (the prod transport) → dispatcher → consumption row of the {@code bench_sink} consumer (which does
 * nothing; both exist only with {@code hearth.bench.enabled}). An event's lag is its consumption row's
 * {@code updated_at} minus its {@code occurred_at} (same machine, same clock).
 * <ul>
 * <li>7a burst: N events committed in calls of 1,000; events per second from the first commit to the last
 * consumption. Baseline: the rate at which the same rows are written by SQL (one multi-row INSERT per 1,000):
 * what the database takes before anything is published.</li>
 * <li>7b steady: one event per call (and transaction) at a fixed rate for the measured seconds; lag p50 / p99.</li>
 * </ul>
 */
final class OutboxThroughput implements Scenario {

    static final String TYPE = "bench.ping";
    static final String CONSUMER = "bench_sink";

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Outbox: events per second end to end, lag";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        boolean quick = run.ds.profile().equals("quick");
        int burst = quick ? 2_000 : 20_000;
        int rate = quick ? 100 : 200;
        String burstRun = "burst-" + UUID.randomUUID();
        String steadyRun = "steady-" + UUID.randomUUID();
        try (Connection c = run.db.connect()) {
            // the baseline: the same rows written by SQL, then removed before anything relays them
            c.setAutoCommit(false);
            String baselineRun = "baseline-" + UUID.randomUUID();
            long t0 = System.nanoTime();
            for (int done = 0; done < burst; done += 1_000) {
                insert(c, baselineRun, Math.min(1_000, burst - done));
            }
            double insertSeconds = (System.nanoTime() - t0) / 1e9;
            c.rollback();
            c.setAutoCommit(true);
            for (int done = 0; done < burst; done += 1_000) {
                emit(run, burstRun, Math.min(1_000, burst - done));
            }
            waitConsumed(c, burstRun, burst, Math.max(120, burst / 50));
            double endToEnd = seconds(c, "select extract(epoch from max(ec.updated_at) - min(e.occurred_at))"
                    + " from outbox_event e join event_consumption ec on ec.event_id = e.id and ec.consumer = ?"
                    + " where e.aggregate_id = ?", burstRun);
            Histogram burstLag = lags(c, burstRun);
            Stats burstStats = new Stats(burst, endToEnd, 0, burstLag.getValueAtPercentile(50) / 1e3,
                    burstLag.getValueAtPercentile(90) / 1e3, burstLag.getValueAtPercentile(99) / 1e3, burstLag.getMaxValue() / 1e3);
            Stats writeOnly = new Stats(burst, insertSeconds, 0, 0, 0, 0, 0);
            System.out.printf(Locale.ROOT, "[bench]   burst: %,d events consumed in %.2f s (%.0f/s); written in %.2f s (%.0f/s)%n",
                    burst, endToEnd, burst / endToEnd, insertSeconds, burst / insertSeconds);

            int seconds = run.seconds();
            long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            int sent = 0;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
                long due = start + sent * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                emit(run, steadyRun, 1);
                sent++;
            }
            waitConsumed(c, steadyRun, sent, 120);
            Histogram steadyLag = lags(c, steadyRun);
            double span = seconds(c, "select extract(epoch from max(ec.updated_at) - min(e.occurred_at))"
                    + " from outbox_event e join event_consumption ec on ec.event_id = e.id and ec.consumer = ?"
                    + " where e.aggregate_id = ?", steadyRun);
            Stats steady = new Stats(sent, span, 0, steadyLag.getValueAtPercentile(50) / 1e3,
                    steadyLag.getValueAtPercentile(90) / 1e3, steadyLag.getValueAtPercentile(99) / 1e3, steadyLag.getMaxValue() / 1e3);
            System.out.printf(Locale.ROOT, "[bench]   steady %d/s: %,d events, lag p50 %.0f ms, p99 %.0f ms%n", rate, sent,
                    steady.p50us() / 1e3, steady.p99us() / 1e3);
            Db.update(c, "delete from event_consumption where consumer = ? and event_id in (select id from outbox_event"
                    + " where type = ?)", CONSUMER, TYPE);
            Db.update(c, "delete from outbox_event where type = ?", TYPE);
            return List.of(
                    new Row("7a", title() + ", burst", String.format(Locale.ROOT, "%,d events, committed 1,000 per transaction", burst),
                            burstStats, "the same rows written by SQL (no publishing)", writeOnly,
                            "latencies are per-event lag from commit to consumption", Map.of("events", burst)),
                    new Row("7b", title() + ", steady", String.format(Locale.ROOT, "%d events/s, one per transaction, %d s",
                            rate, seconds), steady, null, null,
                            "latencies are per-event lag from commit to consumption",
                            Map.of("ratePerSecond", rate, "events", sent)));
        }
    }

    private static void emit(Run run, String runId, int n) {
        run.http.expect(204, "POST", run.url("/api/bench/events?count=" + n + "&run=" + runId), null, null);
    }

    private static void insert(Connection c, String runId, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into outbox_event (id, tenant_id, aggregate_type,"
                + " aggregate_id, type, payload, occurred_at, next_attempt_at)"
                + " select gen_random_uuid(), null, 'bench', ?, ?, jsonb_build_object('n', g), clock_timestamp(),"
                + " clock_timestamp() from generate_series(1, ?) g")) {
            ps.setString(1, runId);
            ps.setString(2, TYPE);
            ps.setInt(3, n);
            ps.executeUpdate();
        }
    }

    private static void waitConsumed(Connection c, String runId, int expected, int timeoutSeconds)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long consumed = Db.scalar(c, "select count(*) from event_consumption ec join outbox_event e on e.id = ec.event_id"
                    + " where ec.consumer = ? and ec.status = 'DONE' and e.aggregate_id = ?", CONSUMER, runId);
            if (consumed >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(consumed + " of " + expected + " events consumed after " + timeoutSeconds
                        + " s (is the relay running and RabbitMQ reachable?)");
            }
            Thread.sleep(200);
        }
    }

    private static Histogram lags(Connection c, String runId) throws SQLException {
        Histogram h = Stats.histogram();
        try (PreparedStatement ps = c.prepareStatement("select (extract(epoch from ec.updated_at - e.occurred_at) * 1e9)::bigint"
                + " from outbox_event e join event_consumption ec on ec.event_id = e.id and ec.consumer = ?"
                + " where e.aggregate_id = ?")) {
            ps.setString(1, CONSUMER);
            ps.setString(2, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    h.recordValue(Math.max(0, rs.getLong(1)));
                }
            }
        }
        return h;
    }

    private static double seconds(Connection c, String sql, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, CONSUMER);
            ps.setString(2, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }
}
