package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * 4. Many clients booking overlapping slots of the same few workers (tenant bench-booking: 10 workers, one
 * week): straight INSERTs into worker_booking (the exclusion constraint refuses overlaps) and real bookings
 * through POST /api/app/orders (quote → order + booking: advisory lock, buffer check, constraint). Afterwards a
 * self-join counts overlapping active bookings: it must find none. Baseline: the same INSERTs into a copy of
 * the table without the constraint, which shows how many double bookings there would be without it.
 */
final class BookingContention implements Scenario {

    /** Copy of worker_booking without keys, foreign keys or the exclusion constraint. */
    static final String UNCONSTRAINED = "bench_booking_unconstrained";

    record Attempt(UUID worker, Instant start, Instant end) {
    }

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "Booking under contention";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        UUID tenant = run.tenantId(Env.BOOKING_SLUG);
        List<UUID> workers;
        try (Connection c = run.db.connect()) {
            workers = Db.texts(c, "select id::text from worker where tenant_id = ? and audit_status = 'APPROVED' order by id", tenant)
                    .stream().map(UUID::fromString).toList();
            Db.exec(c, "create table if not exists " + UNCONSTRAINED + " (like worker_booking including defaults)");
            clean(c, tenant);
        }
        int clients = run.connections();
        boolean quick = run.ds.profile().equals("quick");
        int sqlAttempts = quick ? 4_000 : 20_000;
        int apiAttempts = quick ? 600 : 3_000;
        // the week starting in 20 days: every slot of it is wanted many times
        Instant week = LocalDate.now(Seeder.ZONE).plusDays(20).atTime(8, 0).atZone(Seeder.ZONE).toInstant();
        List<Attempt> sqlPlan = plan(new Random(4_242), sqlAttempts, workers, week);

        Result constrained = inserts(run, tenant, "worker_booking", sqlPlan, clients);
        long doubleWith;
        long doubleWithout;
        Result unconstrained = inserts(run, tenant, UNCONSTRAINED, sqlPlan, clients);
        try (Connection c = run.db.connect()) {
            doubleWith = doubleBookings(c, "worker_booking", tenant);
            doubleWithout = doubleBookings(c, UNCONSTRAINED, tenant);
            clean(c, tenant);
        }
        System.out.printf(Locale.ROOT, "[bench]   SQL inserts: %,d booked, %,d refused by the constraint, %,d deadlocks,"
                + " %,d double bookings (without the constraint: %,d booked, %,d double bookings)%n", constrained.ok,
                constrained.refused, constrained.deadlocks, doubleWith, unconstrained.ok, doubleWithout);

        Result api = throughTheApi(run, tenant, plan(new Random(4_343), apiAttempts, workers, week), clients);
        long doubleApi;
        long orders;
        long activeBookings;
        try (Connection c = run.db.connect()) {
            doubleApi = doubleBookings(c, "worker_booking", tenant);
            orders = Db.scalar(c, "select count(*) from service_order where tenant_id = ?", tenant);
            activeBookings = Db.scalar(c, "select count(*) from worker_booking where tenant_id = ? and active", tenant);
            clean(c, tenant);
        }
        System.out.printf(Locale.ROOT, "[bench]   API: %,d orders made (%,d in the database, %,d active bookings), %,d refused"
                + " (409 worker-slot-taken), %,d other answers, %,d double bookings%n", api.ok, orders, activeBookings, api.refused,
                api.failures, doubleApi);
        if (doubleWith != 0 || doubleApi != 0) {
            System.out.println("[bench]   !!! DOUBLE BOOKINGS FOUND: the exclusion constraint did not hold");
        }
        if (orders != api.ok || activeBookings != api.ok) {
            System.out.println("[bench]   !!! orders or bookings do not match the 201 answers");
        }

        String load = String.format(Locale.ROOT, "%d clients, %,d attempts on %d workers × 1 week (30-min grid, 1-3 h)", clients,
                sqlAttempts, workers.size());
        String baselineTitle = "the same INSERTs, table without the constraint";
        return List.of(
                new Row("4a", title() + ": INSERT into worker_booking", "JDBC, " + load, constrained.stats, baselineTitle,
                        unconstrained.stats,
                        String.format(Locale.ROOT, "booked %,d, refused %,d, deadlock-aborted %,d; **double bookings %d**"
                                + " (without the constraint: %,d)", constrained.ok, constrained.refused, constrained.deadlocks,
                                doubleWith, doubleWithout),
                        Map.of("booked", constrained.ok, "refused", constrained.refused, "deadlocks", constrained.deadlocks,
                                "doubleBookings", doubleWith, "doubleBookingsWithoutConstraint", doubleWithout)),
                new Row("4b", title() + ": POST /api/app/orders",
                        String.format(Locale.ROOT, "HTTP, %d customers, %,d quotes on %d workers × 1 week", clients, apiAttempts,
                                workers.size()),
                        api.stats, baselineTitle, unconstrained.stats,
                        String.format(Locale.ROOT, "201 %,d, 409 %,d, other %,d; **double bookings %d**", api.ok, api.refused,
                                api.failures, doubleApi),
                        Map.of("created", api.ok, "refused", api.refused, "other", api.failures, "doubleBookings", doubleApi)));
    }

    /** Random wishes on a 30-minute grid of one week (08:00-20:00 each day), 1 to 3 hours long: they overlap a lot. */
    static List<Attempt> plan(Random r, int n, List<UUID> workers, Instant week) {
        List<Attempt> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant start = week.plus(r.nextInt(7), ChronoUnit.DAYS).plus(30L * r.nextInt(24), ChronoUnit.MINUTES);
            out.add(new Attempt(workers.get(r.nextInt(workers.size())), start, start.plus(60L + 30L * r.nextInt(5), ChronoUnit.MINUTES)));
        }
        return out;
    }

    private static final class Result {
        final AtomicLong okCounter = new AtomicLong();
        final AtomicLong refusedCounter = new AtomicLong();
        final AtomicLong deadlockCounter = new AtomicLong();
        final AtomicLong failureCounter = new AtomicLong();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        final Recorder latencies = new Recorder(3_600_000_000_000L, 3);
        long ok;
        long refused;
        long deadlocks;
        long failures;
        Stats stats;

        void finish(double seconds) {
            ok = okCounter.get();
            refused = refusedCounter.get();
            deadlocks = deadlockCounter.get();
            failures = failureCounter.get();
            Histogram h = latencies.getIntervalHistogram();
            stats = Stats.of(h, seconds, failures);
            problems.stream().limit(3).forEach(p -> System.out.println("[bench]   unexpected: " + p));
        }
    }

    enum Outcome {
        BOOKED, REFUSED, DEADLOCK
    }

    private interface Client {
        /** One attempt; throws for anything unexpected. */
        Outcome attempt(int index) throws Exception;
    }

    /** Runs the attempts on {@code clients} threads (attempt i on thread i % clients), timing each. */
    private static void drive(int attempts, int clients, List<Client> perThread, Result result) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int me = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = me; i < attempts; i += clients) {
                    long t0 = System.nanoTime();
                    try {
                        switch (perThread.get(me).attempt(i)) {
                            case BOOKED -> result.okCounter.incrementAndGet();
                            case REFUSED -> result.refusedCounter.incrementAndGet();
                            case DEADLOCK -> result.deadlockCounter.incrementAndGet();
                        }
                    } catch (Exception e) {
                        result.failureCounter.incrementAndGet();
                        result.problems.add(e.toString());
                    }
                    result.latencies.recordValue(System.nanoTime() - t0);
                }
            });
            thread.start();
            threads.add(thread);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        result.finish((System.nanoTime() - t0) / 1e9);
    }

    private static Result inserts(Run run, UUID tenant, String table, List<Attempt> plan, int clients) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<Client> perThread = new ArrayList<>();
        try {
            for (int t = 0; t < clients; t++) {
                Connection c = run.db.connect();
                connections.add(c);
                // the app's statement (booking/WorkerBookings.reserve)
                PreparedStatement ps = c.prepareStatement("insert into " + table
                        + " (tenant_id, id, worker_id, during, order_id, active, created_at)"
                        + " values (?, ?, ?, tstzrange(?, ?), null, true, now())");
                perThread.add(i -> {
                    Attempt a = plan.get(i);
                    ps.setObject(1, tenant);
                    ps.setObject(2, UUID.randomUUID());
                    ps.setObject(3, a.worker());
                    ps.setObject(4, a.start().atOffset(ZoneOffset.UTC));
                    ps.setObject(5, a.end().atOffset(ZoneOffset.UTC));
                    try {
                        ps.executeUpdate();
                        return Outcome.BOOKED;
                    } catch (SQLException e) {
                        if ("23P01".equals(e.getSQLState())) {
                            return Outcome.REFUSED;
                        }
                        // two inserts each waiting to see whether the other's overlapping row commits: PostgreSQL
                        // aborts one of them (nothing written); the app serialises per worker and never gets here
                        if ("40P01".equals(e.getSQLState())) {
                            return Outcome.DEADLOCK;
                        }
                        throw e;
                    }
                });
            }
            Result result = new Result();
            drive(plan.size(), clients, perThread, result);
            System.out.printf(Locale.ROOT, "[bench]   %-28s %,d attempts: %,.0f/s, p50 %.2f ms, p99 %.2f ms%n", table, plan.size(),
                    result.stats.throughput(), result.stats.p50us() / 1e3, result.stats.p99us() / 1e3);
            return result;
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static Result throughTheApi(Run run, UUID tenant, List<Attempt> plan, int clients) throws Exception {
        List<String> tokens = new ArrayList<>();
        List<UUID[]> customers = new ArrayList<>(); // customer id, address id
        UUID item;
        try (Connection c = run.db.connect()) {
            item = UUID.fromString(Db.text(c, "select id::text from service_item where tenant_id = ? and tags[1] = 'hourly-clean'", tenant));
            for (int i = 0; i < clients; i++) {
                String phone = String.format(Locale.ROOT, "+86137%08d", i);
                tokens.add(run.auth.customer(Env.BOOKING_SLUG, phone.substring(3)));
                try (PreparedStatement ps = c.prepareStatement("select c.id, a.id from customer c join customer_address a"
                        + " on a.tenant_id = c.tenant_id and a.customer_id = c.id and a.is_default"
                        + " where c.tenant_id = ? and c.phone_hash = ?")) {
                    ps.setObject(1, tenant);
                    ps.setString(2, run.crypto.blindIndex(phone));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("no seeded customer " + phone + " in " + Env.BOOKING_SLUG);
                        }
                        customers.add(new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) });
                    }
                }
            }
            // quotes as the pricing step would have made them (one per attempt, for the attempt's customer)
            Instant now = Instant.now();
            List<UUID> quotes = new ArrayList<>();
            try (Copy copy = new Copy(c, "quote", "tenant_id, id, customer_id, item_id, quantity, duration_minutes, start_at, end_at,"
                    + " worker_id, address_id, city_code, lines, subtotal_fen, discount_fen, total_fen, expires_at, created_at", null)) {
                for (int i = 0; i < plan.size(); i++) {
                    Attempt a = plan.get(i);
                    UUID[] customer = customers.get(i % clients);
                    int hours = (int) ChronoUnit.HOURS.between(a.start(), a.end());
                    int quantity = Math.max(2, hours);
                    long total = 5_000L * quantity;
                    UUID id = UUID.randomUUID();
                    quotes.add(id);
                    copy.v(tenant).v(id).v(customer[0]).v(item).v(quantity).v((int) ChronoUnit.MINUTES.between(a.start(), a.end()))
                            .v(a.start()).v(a.end()).v(a.worker()).v(customer[1]).v(Seeder.BIG_CITY.code())
                            .v("[{\"kind\":\"BASE\",\"code\":\"hourly-clean\",\"quantity\":" + quantity + ",\"unitFen\":5000,\"rateBp\":null,"
                                    + "\"amountFen\":" + total + "}]")
                            .v(total).v(0).v(total).v(now.plus(2, ChronoUnit.HOURS)).v(now).end();
                }
            }
            List<Client> perThread = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                String token = tokens.get(t);
                perThread.add(i -> {
                    Http.Answer a = run.http.send("POST", run.url("/api/app/orders"), token,
                            Map.of("quoteId", quotes.get(i).toString(), "requirements", Map.of("focusAreas", List.of("kitchen"))));
                    if (a.status() == 201) {
                        return Outcome.BOOKED;
                    }
                    if (a.status() == 409) {
                        JsonNode problem = a.json();
                        if ("worker-slot-taken".equals(problem.path("code").asText())) {
                            return Outcome.REFUSED;
                        }
                    }
                    throw new IllegalStateException("HTTP " + a.status() + " " + a.body());
                });
            }
            Result result = new Result();
            drive(plan.size(), clients, perThread, result);
            System.out.printf(Locale.ROOT, "[bench]   POST /api/app/orders %,d attempts: %,.0f/s, p50 %.2f ms, p99 %.2f ms%n",
                    plan.size(), result.stats.throughput(), result.stats.p50us() / 1e3, result.stats.p99us() / 1e3);
            return result;
        }
    }

    /** Pairs of active bookings of one worker that overlap. */
    static long doubleBookings(Connection c, String table, UUID tenant) throws SQLException {
        return Db.scalar(c, "select count(*) from " + table + " a join " + table + " b on b.tenant_id = a.tenant_id"
                + " and b.worker_id = a.worker_id and b.id > a.id and b.during && a.during"
                + " where a.tenant_id = ? and a.active and b.active", tenant);
    }

    /** Leaves the booking tenant without orders, quotes or bookings (also after an interrupted run). */
    private static void clean(Connection c, UUID tenant) throws SQLException {
        Db.update(c, "delete from order_timeline where tenant_id = ?", tenant);
        Db.update(c, "delete from worker_booking where tenant_id = ?", tenant);
        Db.update(c, "delete from service_order where tenant_id = ?", tenant);
        Db.update(c, "delete from quote where tenant_id = ?", tenant);
        Db.exec(c, "truncate " + UNCONSTRAINED);
    }
}
