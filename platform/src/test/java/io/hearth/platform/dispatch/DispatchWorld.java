package io.hearth.platform.dispatch;

import static io.hearth.platform.worker.WorkerFixtures.as;

import io.hearth.platform.events.OutboxRelay;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.testing.AppUsers;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test data for dispatch on top of {@link OrderWorld}: workers who are ONLINE at a position near the customer's
 * address (30.2741, 120.1551), orders waiting for a worker, the tenant's dispatch settings through its API, and the
 * outbox delivered in-process.
 */
@ApplicationScoped
public class DispatchWorld {

    public static final double LAT = 30.2741;
    public static final double LNG = 120.1551;
    /** Degrees of latitude per kilometre (about). */
    public static final double DEG_PER_KM = 1 / 111.2;

    @Inject
    OrderWorld orders;

    @Inject
    WorkerPositions positions;

    @Inject
    OutboxRelay relay;

    @Inject
    io.quarkus.redis.datasource.RedisDataSource redis;

    public OrderWorld.Pair pair() {
        return orders.pair();
    }

    /** A new approved worker skilled in the side's item, ONLINE, reported {@code km} north of the address now. */
    public AppUsers.Session onlineWorker(OrderWorld.Side side, double km) {
        return onlineWorker(side, side.item(), km);
    }

    public AppUsers.Session onlineWorker(OrderWorld.Side side, UUID skill, double km) {
        forgetCodeCounts(side);
        AppUsers.Session w = orders.newWorker(side, skill);
        online(w);
        at(side, w, km, Instant.now());
        return w;
    }

    /**
     * Many sign-ins from the test's one address would hit the per-address daily limit of sign-in codes (30 per
     * tenant): the counters are cleared first, as a new day would.
     */
    void forgetCodeCounts(OrderWorld.Side side) {
        var keys = redis.key();
        java.util.List<String> found = keys.keys("hearth:" + side.tenantId() + ":otp:daily-ip:*");
        if (!found.isEmpty()) {
            keys.del(found.toArray(String[]::new));
        }
    }

    /** {@code n} workers as {@link #onlineWorker}, at {@code km.apply(i)}, made a few at a time. */
    public java.util.List<AppUsers.Session> onlineWorkers(OrderWorld.Side side, int n,
            java.util.function.IntToDoubleFunction km) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<AppUsers.Session>> made = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = i;
                made.add(pool.submit(() -> {
                    synchronized (this) {
                        forgetCodeCounts(side);
                    }
                    AppUsers.Session w = orders.newWorker(side, side.item());
                    online(w);
                    at(side, w, km.applyAsDouble(at), Instant.now());
                    return w;
                }));
            }
            java.util.List<AppUsers.Session> out = new java.util.ArrayList<>();
            for (var f : made) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    public UUID newItem(OrderWorld.Side side) {
        return orders.newItem(side.tenantId());
    }

    public static void online(AppUsers.Session w) {
        as(w).body(Map.of("status", "ONLINE")).when().put("/api/worker/me/status").then().statusCode(200);
    }

    public void at(OrderWorld.Side side, AppUsers.Session w, double km, Instant when) {
        positions.report(side.tenantId(), id(w), LAT + km * DEG_PER_KM, LNG, when);
    }

    public static UUID id(AppUsers.Session s) {
        return UUID.fromString(s.subjectId());
    }

    /** An order of the side's customer for "any worker" at {@code start}, paid, with its events delivered. */
    public UUID waitingOrder(OrderWorld.Side side, Instant start) {
        UUID id = OrderWorld.order(side, orders.quote(side, null, start, 12_000));
        orders.pay(side.tenantId(), id, PaymentStage.FULL, 12_000);
        deliver();
        return id;
    }

    /** {@link #waitingOrder} paid through the sandbox provider (money behind it: it can be cancelled and refunded). */
    public UUID waitingOrderPaidInSandbox(OrderWorld.Side side, Instant start) {
        UUID id = OrderWorld.order(side, orders.quote(side, null, start, 12_000));
        OrderWorld.payInSandbox(side, id);
        deliver();
        return id;
    }

    /** An order of the customer with the chosen worker at {@code start} (booked), paid when asked. */
    public UUID orderWith(OrderWorld.Side side, UUID worker, Instant start, boolean paid) {
        UUID id = OrderWorld.order(side, orders.quote(side, worker, start, 9_000));
        if (paid) {
            orders.pay(side.tenantId(), id, PaymentStage.FULL, 9_000);
        }
        deliver();
        return id;
    }

    public void deliver() {
        relay.publishPending();
    }

    public static Map<String, Object> settings(String mode, int grabWindow, TenantSettings.DispatchRules rules) {
        Map<String, Object> s = new HashMap<>();
        s.put("mode", mode);
        s.put("grabWindowSeconds", grabWindow);
        s.put("rules", rules);
        return s;
    }

    public static void configure(OrderWorld.Side side, String mode, int grabWindow, TenantSettings.DispatchRules rules) {
        as(side.side().ownerToken()).body(settings(mode, grabWindow, rules)).when().put("/api/tenant/settings/dispatch")
                .then().statusCode(200);
    }

    public static TenantSettings.DispatchRules rules(int radiusKm, int fallbackRadiusKm, int maxConcurrent,
            int fallbackTimeout, int offerLimit) {
        return new TenantSettings.DispatchRules(radiusKm, fallbackRadiusKm, maxConcurrent, fallbackTimeout, offerLimit,
                900);
    }

    /** The order as staff see it. */
    public static JsonPath staffOrder(OrderWorld.Side side, UUID orderId) {
        return as(side.side().dispatcherToken()).when().get("/api/tenant/orders/" + orderId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The order's grab rounds (oldest first) as the board shows them. */
    public static java.util.List<Map<String, Object>> rounds(OrderWorld.Side side, UUID orderId) {
        java.util.List<Map<String, Object>> all = as(side.side().dispatcherToken()).when()
                .get("/api/tenant/dispatch/offers?limit=200").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(o -> orderId.toString().equals(o.get("orderId")))
                .sorted(java.util.Comparator.comparing(o -> (Integer) o.get("round"))).toList();
    }
}
