package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * 5. Grab: 200 workers grabbing 100 orders at once. Each run makes its own tenant ({@code benchgrab-<UTC time>}, not
 * matched by the other scenarios' {@code bench-%}): the tenant row and catalog copied from bench-booking, 200
 * approved workers and 10 customers written as the seeder writes them, dispatch mode GRAB (window
 * {@link #WINDOW_SECONDS} s, offer limit 200, radius 30 km, up to 20 open orders per worker) through the
 * super-admin's settings API. Every worker signs in and reports a position near the city centre (so all are fresh,
 * ONLINE candidates); the customers make 100 orders through the API (quotes written as the pricing step would, as
 * scenario 4b does; {@code POST /api/app/orders}; payment started and paid with the sandbox provider, whose signed
 * notification the app delivers to itself), two hours each on a grid that never collides for one worker (five slots
 * a day 2.5 h apart, 20 days), so one worker can win several. The relay and consumer {@code dispatch} open one
 * round per order for all 200 workers; when all 100 are open, the 200 workers fetch their offers and grab each one
 * they have not grabbed yet, concurrently (grab latency and throughput). After the windows close and the closer
 * decided, the database must show for each order exactly one winner: ACCEPTED by one worker, one AWARDED round, one
 * GRAB timeline row, one active booking of that worker. Decision latency: a round's closes_at to its GRAB row.
 * Baseline: {@code GET /api/bench/ping} by the same 200 clients.
 */
final class GrabScenario implements Scenario {

    static final int WORKERS = 200;
    static final int ORDERS = 100;
    static final int CUSTOMERS = 10;
    static final int WINDOW_SECONDS = 120;

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Grab: 200 workers grabbing 100 orders";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        String slug = "benchgrab-" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(Instant.now().atZone(java.time.ZoneOffset.UTC));
        UUID tenant = Seeder.uuid("tenant:" + slug);
        Seeder.TenantSeed seed = new Seeder.TenantSeed(900_000, tenant, slug, Seeder.BIG_CITY, WORKERS, CUSTOMERS, 0);
        long t0 = System.nanoTime();
        makeTenant(run, seed);
        String admin = run.auth.superAdmin();
        JsonNode settings;
        try (Connection c = run.db.connect()) {
            settings = Http.JSON.readTree(Db.text(c, "select settings::text from tenant where id = ?", tenant));
        }
        com.fasterxml.jackson.databind.node.ObjectNode s = (com.fasterxml.jackson.databind.node.ObjectNode) settings;
        s.put("dispatchMode", "GRAB");
        s.put("grabWindowSeconds", WINDOW_SECONDS);
        s.put("maxDaysAhead", 30);
        s.set("dispatchRules", Http.JSON.valueToTree(Map.of("radiusKm", 30, "fallbackRadiusKm", 60, "maxConcurrentOrders", 20,
                "fallbackTimeoutSeconds", 60, "offerLimit", WORKERS, "positionMaxAgeSeconds", 3600)));
        run.http.expect(200, "PUT", run.url("/api/platform/tenants/" + tenant + "/settings"), admin, s);
        System.out.printf(Locale.ROOT, "[bench]   tenant %s: %d workers, %d customers, dispatch GRAB (window %d s, offer limit %d) in %.1f s%n",
                slug, WORKERS, CUSTOMERS, WINDOW_SECONDS, WORKERS, (System.nanoTime() - t0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> workerTokens;
        List<String> customerTokens = new ArrayList<>();
        try {
            workerTokens = signInAndReport(run, pool, slug);
            for (int i = 0; i < CUSTOMERS; i++) {
                customerTokens.add(run.auth.customer(slug, String.format(Locale.ROOT, "+86137%08d", i)));
            }
            t0 = System.nanoTime();
            makeOrders(run, pool, seed, customerTokens);
            System.out.printf(Locale.ROOT, "[bench]   %d orders made and paid (sandbox) in %.1f s%n", ORDERS, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
        t0 = System.nanoTime();
        long open = 0;
        try (Connection c = run.db.connect()) {
            while (System.nanoTime() - t0 < 60_000_000_000L) {
                open = Db.scalar(c, "select count(*) from dispatch_offer where tenant_id = ? and state = 'OPEN' and closes_at > now()", tenant);
                if (open >= ORDERS) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        System.out.printf(Locale.ROOT, "[bench]   %d of %d rounds open after %.1f s more%n", open, ORDERS, (System.nanoTime() - t0) / 1e9);
        if (open < ORDERS) {
            try (Connection c = run.db.connect()) {
                System.out.println("[bench]   orders by status: " + Db.texts(c, "select status || ' ' || count(*) from service_order"
                        + " where tenant_id = ? group by status", tenant) + "; dispatch states: " + Db.texts(c,
                                "select state || ' ' || coalesce(reason, '') || ' ' || count(*) from dispatch_order where tenant_id = ?"
                                        + " group by state, reason", tenant));
            } catch (SQLException e) {
                System.out.println("[bench]   (no dispatch state: " + e.getMessage() + ")");
            }
            throw new IllegalStateException("only " + open + " of " + ORDERS + " grab rounds opened within 60 s");
        }

        Grabs grabs = grab(run, workerTokens);
        System.out.printf(Locale.ROOT, "[bench]   grabs: %,d new (201), %,d repeated (200), %,d too late (409), %,d other in %.1f s:"
                + " %,.0f/s, p50 %.2f ms, p99 %.2f ms; offer lists fetched %,d (p50 %.2f ms, p99 %.2f ms)%n", grabs.created.get(),
                grabs.repeated.get(), grabs.late.get(), grabs.failures.get(), grabs.stats.seconds(), grabs.stats.throughput(),
                grabs.stats.p50us() / 1e3, grabs.stats.p99us() / 1e3, grabs.lists.count(), grabs.lists.p50us() / 1e3,
                grabs.lists.p99us() / 1e3);

        Verdict v = awaitDecisions(run, tenant);
        System.out.printf(Locale.ROOT, "[bench]   winners %d of %d, double awards %d, rounds: %s; distinct winners %d, most orders won by one"
                + " worker %d; decision latency (closes_at → GRAB) p50 %.0f ms, max %.0f ms%n", v.winners, ORDERS, v.doubles, v.rounds,
                v.distinctWinners, v.mostWon, v.decisionP50ms, v.decisionMaxMs);
        if (v.doubles != 0 || v.winners != ORDERS) {
            System.out.println("[bench]   !!! NOT EXACTLY ONE WINNER PER ORDER: " + v.problems);
        }
        // after the decisions, so the baseline's load does not delay the closer
        Stats ping = ping(run, Math.min(run.seconds(), 10));
        System.out.printf(Locale.ROOT, "[bench]   baseline GET /api/bench/ping, %d clients: %,.0f/s, p50 %.2f ms, p99 %.2f ms%n", WORKERS,
                ping.throughput(), ping.p50us() / 1e3, ping.p99us() / 1e3);

        String notes = String.format(Locale.ROOT, "**winners: %d of %d, double awards: %d**; grabs 201 %,d, 200 %,d, 409 %,d, other %,d;"
                + " %d distinct winners (at most %d orders each); decision latency (window close → ACCEPTED) p50 %.0f ms, max %.0f ms",
                v.winners, ORDERS, v.doubles, grabs.created.get(), grabs.repeated.get(), grabs.late.get(), grabs.failures.get(),
                v.distinctWinners, v.mostWon, v.decisionP50ms, v.decisionMaxMs);
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("tenant", slug);
        facts.put("winners", v.winners);
        facts.put("doubleAwards", v.doubles);
        facts.put("grabsCreated", grabs.created.get());
        facts.put("grabsRepeated", grabs.repeated.get());
        facts.put("grabsLate", grabs.late.get());
        facts.put("grabsOther", grabs.failures.get());
        facts.put("offerListP50Ms", grabs.lists.p50us() / 1e3);
        facts.put("offerListP99Ms", grabs.lists.p99us() / 1e3);
        facts.put("decisionLatencyP50Ms", v.decisionP50ms);
        facts.put("decisionLatencyMaxMs", v.decisionMaxMs);
        facts.put("distinctWinners", v.distinctWinners);
        return List.of(new Row("5", title(), String.format(Locale.ROOT, "HTTP, %d worker clients, %d rounds of %d s open at once",
                WORKERS, ORDERS, WINDOW_SECONDS), grabs.stats, "GET /api/bench/ping, the same 200 clients", ping, notes, facts));
    }

    // ---- the tenant ----

    private static void makeTenant(Run run, Seeder.TenantSeed t) throws Exception {
        UUID source = run.tenantId(Env.BOOKING_SLUG);
        try (Connection c = run.db.connect()) {
            Db.update(c, "insert into tenant (id, slug, type, status, display_name, primary_color, default_locale, time_zone, city_codes,"
                    + " settings, created_at, updated_at, version) select ?, ?, type, status, 'Bench grab 抢单', primary_color,"
                    + " default_locale, time_zone, city_codes, settings, now(), now(), 0 from tenant where id = ?", t.id, t.slug, source);
            String copy = " from %s x where x.tenant_id = cast(? as uuid)";
            Db.update(c, "insert into category (tenant_id, id, parent_id, code, sort_order, enabled, texts, created_at, updated_at)"
                    + " select cast(? as uuid), md5(?::text || x.id::text)::uuid,"
                    + " case when x.parent_id is null then null else md5(?::text || x.parent_id::text)::uuid end,"
                    + " x.code, x.sort_order, x.enabled, x.texts, x.created_at, x.updated_at" + copy.formatted("category"),
                    t.id, t.id.toString(), t.id.toString(), source);
            Db.update(c, "insert into service_item (tenant_id, id, category_id, unit, base_price_fen, default_duration_minutes,"
                    + " min_quantity, max_quantity, tags, texts, search_text, enabled, popularity, created_at, updated_at)"
                    + " select cast(? as uuid), md5(?::text || x.id::text)::uuid, md5(?::text || x.category_id::text)::uuid, x.unit,"
                    + " x.base_price_fen, x.default_duration_minutes, x.min_quantity, x.max_quantity, x.tags, x.texts, x.search_text,"
                    + " x.enabled, x.popularity, x.created_at, x.updated_at" + copy.formatted("service_item"),
                    t.id, t.id.toString(), t.id.toString(), source);
            Seeder seeder = new Seeder(run.env, run.ds, run.db, run.http, run.auth);
            seeder.loadItems(c, List.of(t));
            seeder.workers(List.of(t));
            seeder.customers(List.of(t));
            Db.update(c, "update worker set work_status = 'ONLINE' where tenant_id = ?", t.id);
        }
    }

    /** Every worker signs in and reports a position within 2 km of the city centre; answers their tokens. */
    private static List<String> signInAndReport(Run run, ExecutorService pool, String slug) throws Exception {
        long t0 = System.nanoTime();
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                String token = run.auth.worker(slug, String.format(Locale.ROOT, "+86136%08d", n));
                double angle = n * 2.399963; // golden angle: spread evenly over the disc
                double km = 2 * Math.sqrt((n + 0.5) / WORKERS);
                double lat = Seeder.BIG_CITY.lat() + km / 111.0 * Math.cos(angle);
                double lng = Seeder.BIG_CITY.lng() + km / (111.0 * Math.cos(Math.toRadians(Seeder.BIG_CITY.lat()))) * Math.sin(angle);
                run.http.expect(200, "POST", run.url("/api/worker/me/position"), token, Map.of("lat", lat, "lng", lng, "accuracyM", 10));
                return token;
            }));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> f : futures) {
            tokens.add(f.get());
        }
        System.out.printf(Locale.ROOT, "[bench]   %d workers signed in and reported their position in %.1f s%n", WORKERS,
                (System.nanoTime() - t0) / 1e9);
        return tokens;
    }

    /**
     * Quotes as the pricing step writes them (hourly cleaning, 2 hours, no chosen worker), then per order: POST
     * /api/app/orders, start a sandbox payment, pay it. Slot i: day 1 + i / 5, 08:00 + 2.5 h × (i % 5), tenant time.
     */
    private static void makeOrders(Run run, ExecutorService pool, Seeder.TenantSeed t, List<String> customerTokens) throws Exception {
        Seeder.Item item = t.items.get("hourly-clean");
        LocalDate today = LocalDate.now(Seeder.ZONE);
        Instant now = Instant.now();
        List<UUID> quotes = new ArrayList<>();
        try (Connection c = run.db.connect();
                Copy copy = new Copy(c, "quote", "tenant_id, id, customer_id, item_id, quantity, duration_minutes, start_at, end_at,"
                        + " worker_id, address_id, city_code, lines, subtotal_fen, discount_fen, total_fen, expires_at, created_at", null)) {
            for (int i = 0; i < ORDERS; i++) {
                Seeder.Address a = t.addresses.get(i % CUSTOMERS);
                Instant start = today.plusDays(1 + i / 5).atTime(8, 0).plusMinutes(150L * (i % 5)).atZone(Seeder.ZONE).toInstant();
                long total = item.priceFen() * 2;
                UUID id = UUID.randomUUID();
                quotes.add(id);
                copy.v(t.id).v(id).v(a.customerId()).v(item.id()).v(2).v(120).v(start).v(start.plus(120, ChronoUnit.MINUTES)).v(null)
                        .v(a.id()).v(t.city.code())
                        .v("[{\"kind\":\"BASE\",\"code\":\"hourly-clean\",\"quantity\":2,\"unitFen\":" + item.priceFen()
                                + ",\"rateBp\":null,\"amountFen\":" + total + "}]")
                        .v(total).v(0).v(total).v(now.plus(2, ChronoUnit.HOURS)).v(now).end();
            }
        }
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String token = customerTokens.get(i % CUSTOMERS);
            UUID quote = quotes.get(i);
            futures.add(pool.submit(() -> {
                String order = run.http.expect(201, "POST", run.url("/api/app/orders"), token,
                        Map.of("quoteId", quote.toString(), "requirements", Map.of("focusAreas", List.of("kitchen")))).path("id").asText();
                JsonNode started = run.http.expect(200, "POST", run.url("/api/app/orders/" + order + "/payments"), token,
                        Map.of("provider", "SANDBOX"));
                run.http.expect(202, "POST", run.url(started.path("client").path("payPath").asText()), token,
                        Map.of("token", started.path("client").path("sandboxToken").asText()));
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    // ---- grabbing ----

    private static final class Grabs {
        final AtomicLong created = new AtomicLong();
        final AtomicLong repeated = new AtomicLong();
        final AtomicLong late = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        final Recorder grabLatency = new Recorder(3_600_000_000_000L, 3);
        final Recorder listLatency = new Recorder(3_600_000_000_000L, 3);
        Stats stats;
        Stats lists;
    }

    /**
     * Each worker: fetch my open offers, grab every one not yet grabbed, fetch again, until every offer shown is
     * grabbed (or none is shown). Every worker is a recipient of every round, so each makes {@link #ORDERS} grabs.
     */
    private static Grabs grab(Run run, List<String> tokens) throws InterruptedException {
        Grabs g = new Grabs();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + (WINDOW_SECONDS - 5) * 1_000_000_000L;
        for (String token : tokens) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    Http.Answer list;
                    try {
                        list = run.http.send("GET", run.url("/api/worker/offers"), token, null);
                    } catch (RuntimeException e) {
                        g.failures.incrementAndGet();
                        g.problems.add(e.toString());
                        continue;
                    }
                    g.listLatency.recordValue(System.nanoTime() - t0);
                    if (list.status() != 200) {
                        g.failures.incrementAndGet();
                        g.problems.add("GET offers: HTTP " + list.status() + " " + list.body());
                        continue;
                    }
                    int todo = 0;
                    for (JsonNode offer : list.json()) {
                        if (offer.path("grabbed").asBoolean()) {
                            continue;
                        }
                        todo++;
                        long t1 = System.nanoTime();
                        try {
                            Http.Answer a = run.http.send("POST", run.url("/api/worker/offers/" + offer.path("offerId").asText() + "/grabs"),
                                    token, null);
                            g.grabLatency.recordValue(System.nanoTime() - t1);
                            switch (a.status()) {
                                case 201 -> g.created.incrementAndGet();
                                case 200 -> g.repeated.incrementAndGet();
                                case 409 -> g.late.incrementAndGet();
                                default -> {
                                    g.failures.incrementAndGet();
                                    g.problems.add("grab: HTTP " + a.status() + " " + a.body());
                                }
                            }
                        } catch (RuntimeException e) {
                            g.failures.incrementAndGet();
                            g.problems.add(e.toString());
                        }
                    }
                    if (todo == 0) {
                        break;
                    }
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
        double seconds = (System.nanoTime() - t0) / 1e9;
        Histogram h = g.grabLatency.getIntervalHistogram();
        g.stats = Stats.of(h, seconds, g.failures.get());
        g.lists = Stats.of(g.listLatency.getIntervalHistogram(), seconds, 0);
        g.problems.stream().limit(3).forEach(p -> System.out.println("[bench]   unexpected: " + p));
        return g;
    }

    /** GET /api/bench/ping by {@link #WORKERS} clients in a closed loop for {@code seconds}. */
    private static Stats ping(Run run, int seconds) throws InterruptedException {
        Recorder r = new Recorder(3_600_000_000_000L, 3);
        AtomicLong failures = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < deadline[0]) {
                    long t0 = System.nanoTime();
                    try {
                        if (run.http.send("GET", run.url("/api/bench/ping"), null, null).status() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    r.recordValue(System.nanoTime() - t0);
                }
            });
            thread.start();
            threads.add(thread);
        }
        long t0 = System.nanoTime();
        deadline[0] = t0 + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return Stats.of(r.getIntervalHistogram(), (System.nanoTime() - t0) / 1e9, failures.get());
    }

    // ---- the verdict ----

    private record Verdict(long winners, long doubles, String rounds, long distinctWinners, long mostWon, double decisionP50ms,
            double decisionMaxMs, List<String> problems) {
    }

    /** Waits until no round is open (the last closes_at plus the closer's runs), then checks every order. */
    private static Verdict awaitDecisions(Run run, UUID tenant) throws Exception {
        try (Connection c = run.db.connect()) {
            long t0 = System.nanoTime();
            while (Db.scalar(c, "select count(*) from dispatch_offer where tenant_id = ? and state = 'OPEN'", tenant) > 0) {
                if (System.nanoTime() - t0 > (WINDOW_SECONDS + 120) * 1_000_000_000L) {
                    throw new IllegalStateException("grab rounds still open " + (WINDOW_SECONDS + 120) + " s later");
                }
                Thread.sleep(500);
            }
            // per order: status and worker, AWARDED rounds, GRAB rows, active bookings, and whether they all agree
            String perOrder = "select o.id, o.status, o.worker_id,"
                    + " (select count(*) from dispatch_offer d where d.tenant_id = o.tenant_id and d.order_id = o.id and d.state = 'AWARDED') awarded,"
                    + " (select count(*) from dispatch_offer d where d.tenant_id = o.tenant_id and d.order_id = o.id and d.state = 'AWARDED'"
                    + "   and d.winner_id = o.worker_id) awarded_to_worker,"
                    + " (select count(*) from order_timeline t where t.tenant_id = o.tenant_id and t.order_id = o.id and t.action = 'GRAB') grab_rows,"
                    + " (select count(*) from worker_booking b where b.tenant_id = o.tenant_id and b.order_id = o.id and b.active) bookings,"
                    + " (select count(*) from worker_booking b where b.tenant_id = o.tenant_id and b.order_id = o.id and b.active"
                    + "   and b.worker_id = o.worker_id) bookings_of_worker"
                    + " from service_order o where o.tenant_id = ?";
            long winners = 0;
            long doubles = 0;
            List<String> problems = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(perOrder)) {
                ps.setObject(1, tenant);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long awarded = rs.getLong("awarded");
                        long grabRows = rs.getLong("grab_rows");
                        long bookings = rs.getLong("bookings");
                        if (awarded > 1 || grabRows > 1 || bookings > 1) {
                            doubles++;
                        }
                        boolean one = "ACCEPTED".equals(rs.getString("status")) && rs.getObject("worker_id") != null && awarded == 1
                                && rs.getLong("awarded_to_worker") == 1 && grabRows == 1 && bookings == 1 && rs.getLong("bookings_of_worker") == 1;
                        if (one) {
                            winners++;
                        } else if (problems.size() < 5) {
                            problems.add(rs.getString("id") + ": " + rs.getString("status") + ", awarded " + awarded + ", GRAB rows "
                                    + grabRows + ", active bookings " + bookings);
                        }
                    }
                }
            }
            String rounds = String.join(", ", Db.texts(c, "select state || ' ' || count(*) from dispatch_offer where tenant_id = ?"
                    + " group by state order by state", tenant));
            long distinct = Db.scalar(c, "select count(distinct worker_id) from service_order where tenant_id = ? and worker_id is not null", tenant);
            long most = Db.scalar(c, "select coalesce(max(n), 0) from (select count(*) n from service_order where tenant_id = ?"
                    + " and worker_id is not null group by worker_id) x", tenant);
            Histogram decision = Stats.histogram();
            try (PreparedStatement ps = c.prepareStatement("select extract(epoch from (t.at - d.closes_at)) * 1000 from dispatch_offer d"
                    + " join order_timeline t on t.tenant_id = d.tenant_id and t.order_id = d.order_id and t.action = 'GRAB'"
                    + " where d.tenant_id = ? and d.state = 'AWARDED'")) {
                ps.setObject(1, tenant);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        decision.recordValue(Math.max(0, Math.round(rs.getDouble(1) * 1_000_000))); // ns
                    }
                }
            }
            double p50 = decision.getTotalCount() == 0 ? 0 : decision.getValueAtPercentile(50) / 1e6;
            double max = decision.getTotalCount() == 0 ? 0 : decision.getMaxValue() / 1e6;
            return new Verdict(winners, doubles, rounds, distinct, most, p50, max, problems);
        }
    }
}
