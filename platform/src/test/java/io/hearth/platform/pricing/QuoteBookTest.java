package io.hearth.platform.pricing;

import static io.hearth.platform.pricing.PricingFixtures.LAT;
import static io.hearth.platform.pricing.PricingFixtures.LNG;
import static io.hearth.platform.pricing.PricingFixtures.address;
import static io.hearth.platform.pricing.PricingFixtures.as;
import static io.hearth.platform.pricing.PricingFixtures.postQuote;
import static io.hearth.platform.pricing.PricingFixtures.putRules;
import static io.hearth.platform.pricing.PricingFixtures.weekday;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.marketing.PointsAccounts;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the order module does with quotes, called as it will call them: {@link QuoteBook#take} and
 * {@link QuoteBook#release} inside a transaction of the quote's tenant. Points: 1 fen each, at most 50 % of the order.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class QuoteBookTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    QuoteBook book;

    @Inject
    PointsAccounts points;

    @Inject
    TestCouponEngine coupons;

    record World(TwoTenants two, UUID item) {
    }

    static World world;

    @BeforeEach
    void setUp() {
        if (world != null) {
            return;
        }
        TwoTenants two = TwoTenants.create(sms);
        UUID item = catalog.add(two.a().tenant().id());
        WorkerFixtures.approvedWorker(two.a().ownerToken(), two.a().worker(), List.of(item), LAT, LNG, "08:00", "20:00");
        putRules(two.a().ownerToken(), Map.of("points", Map.of("fenPerPoint", 1, "maxDiscountBp", 5_000))).statusCode(200);
        world = new World(two, item);
    }

    UUID tenantA() {
        return world.two().a().tenant().id();
    }

    /** A new customer of tenant A with an address and {@code balance} points. */
    AppUsers.Session customer(long balance) throws SQLException {
        AppUsers.Session c = AppUsers.customer(sms, world.two().a().tenant().slug());
        address(c);
        if (balance > 0) {
            PricingFixtures.grantPoints(dataSource, tenantA(), c.subjectId(), balance);
        }
        return c;
    }

    UUID quote(AppUsers.Session c, long points, String coupon) {
        String addressId = as(c.accessToken()).when().get("/api/app/me/addresses").then().extract().path("[0].id");
        Map<String, Object> body = PricingFixtures.quote(world.item(), UUID.fromString(addressId), weekday(3), "10:00");
        body.put("points", points);
        if (coupon != null) {
            body.put("couponCode", coupon);
        }
        return UUID.fromString(postQuote(c, body).statusCode(201).extract().path("id"));
    }

    <T> T inA(Callable<T> work) {
        return TenantContext.call(tenantA(), () -> QuarkusTransaction.requiringNew().call(work));
    }

    void inA(Runnable work) {
        inA(() -> {
            work.run();
            return null;
        });
    }

    /** On a thread of our own: Hibernate learns the tenant only inside a request context, as in a real request. */
    void inRequest(Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            inA(work);
        } finally {
            context.terminate();
        }
    }

    static ApiException refused(int status, String key, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(status, e.status());
        assertEquals(key, e.messageKey());
        return e;
    }

    long balance(AppUsers.Session c) {
        return inA(() -> points.balance(UUID.fromString(c.subjectId())));
    }

    UUID orderOf(UUID quoteId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select order_id from quote where tenant_id = ? and id = ?")) {
            ps.setObject(1, tenantA());
            ps.setObject(2, quoteId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    @Test
    void takeSpendsTheQuotesPointsOnceAndReleaseGivesThemBackOnce() throws SQLException {
        AppUsers.Session c = customer(3_000);
        UUID me = UUID.fromString(c.subjectId());
        UUID first = quote(c, 2_000, null);
        UUID second = quote(c, 2_000, null); // also promised: the balance is only checked again when taken
        UUID order1 = UUID.randomUUID();
        UUID order2 = UUID.randomUUID();

        Quote taken = inA(() -> book.take(first, me, order1));
        assertEquals(order1, taken.orderId);
        assertEquals(2_000, taken.pointsUsed);
        assertEquals(1_000, balance(c));
        as(c.accessToken()).when().get("/api/app/me/points").then().statusCode(200).body("balance", equalTo(1_000))
                .body("recent[0].delta", equalTo(-2_000)).body("recent[0].reason", equalTo("ORDER_SPEND"))
                .body("recent[0].orderId", equalTo(order1.toString()));

        refused(409, "quote-used", () -> inA(() -> book.take(first, me, UUID.randomUUID())));
        // Not enough points left for the second quote: refused, and nothing of the take stays.
        refused(409, "points-insufficient", () -> inA(() -> book.take(second, me, order2)));
        assertNull(orderOf(second));
        assertEquals(1_000, balance(c));

        inA(() -> book.release(order1));
        assertEquals(3_000, balance(c));
        inA(() -> book.release(order1));
        inA(() -> book.release(UUID.randomUUID())); // an order that spent nothing
        assertEquals(3_000, balance(c));
        as(c.accessToken()).when().get("/api/app/me/points").then().body("recent", hasSize(3))
                .body("recent.reason", org.hamcrest.Matchers.containsInAnyOrder("TEST_GRANT", "ORDER_SPEND", "ORDER_RESTORE"));

        // With the points back, the second quote can be taken.
        inA(() -> book.take(second, me, order2));
        assertEquals(order2, orderOf(second));
        assertEquals(1_000, balance(c));
        // The ledger spends once per order.
        refused(409, "points-already-spent", () -> inA(() -> points.spend(me, 1, order2)));
    }

    @Test
    void anExpiredQuoteOrSomeoneElsesIsRefused() throws SQLException {
        AppUsers.Session c = customer(0);
        UUID me = UUID.fromString(c.subjectId());
        UUID expiring = quote(c, 0, null);
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(
                "update quote set expires_at = now() - interval '1 second' where tenant_id = ? and id = ?")) {
            ps.setObject(1, tenantA());
            ps.setObject(2, expiring);
            ps.executeUpdate();
        }
        refused(422, "quote-expired", () -> inA(() -> book.take(expiring, me, UUID.randomUUID())));
        assertNull(orderOf(expiring));

        UUID fresh = quote(c, 0, null);
        refused(404, "not-found", () -> inA(() -> book.take(fresh, UUID.randomUUID(), UUID.randomUUID())));
        // In tenant B's context the quote does not exist.
        UUID b = world.two().b().tenant().id();
        ApiException e = assertThrows(ApiException.class, () -> TenantContext.call(b,
                () -> QuarkusTransaction.requiringNew().call(() -> book.take(fresh, me, UUID.randomUUID()))));
        assertEquals(404, e.status());
        assertNull(orderOf(fresh));
        inA(() -> book.take(fresh, me, UUID.randomUUID()));
        assertTrue(orderOf(fresh) != null);
    }

    @Test
    void theQuotesCouponIsRedeemedByTakeAndGivenBackByRelease() throws SQLException {
        AppUsers.Session c = customer(0);
        UUID me = UUID.fromString(c.subjectId());
        UUID q = quote(c, 0, TestCouponEngine.CODE);
        UUID order = UUID.randomUUID();
        inA(() -> book.take(q, me, order));
        assertEquals(TestCouponEngine.CODE, coupons.redeemedFor(order));
        inA(() -> book.release(order));
        assertTrue(coupons.restored(order));
    }

    @Test
    void twoSpendsOfTheSameCustomerAtOnceCannotBothUseThePoints() throws Exception {
        AppUsers.Session c = customer(3_000);
        UUID me = UUID.fromString(c.subjectId());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstSpent = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inRequest(() -> {
            points.spend(me, 2_000, UUID.randomUUID());
            firstSpent.countDown();
            try {
                assertTrue(mayCommit.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }), threads);
        if (!firstSpent.await(30, TimeUnit.SECONDS)) {
            first.get(1, TimeUnit.SECONDS); // shows why the first spend failed
            throw new AssertionError("the first spend did not happen");
        }
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> inRequest(() -> points.spend(me, 2_000, UUID.randomUUID())),
                threads);
        // The second spend waits for the first one's account lock (uncommitted, it would still see 3 000 points).
        waitForAWaitingAdvisoryLock();
        mayCommit.countDown();
        first.get(30, TimeUnit.SECONDS);
        Throwable failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS))
                .getCause();
        assertTrue(failure instanceof ApiException, String.valueOf(failure));
        assertEquals("points-insufficient", ((ApiException) failure).messageKey());
        assertEquals(1_000, balance(c));
        threads.shutdown();
    }

    private void waitForAWaitingAdvisoryLock() throws Exception {
        for (int i = 0; i < 300; i++) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*)"
                    + " from pg_locks where locktype = 'advisory' and not granted"
                    + " and database = (select oid from pg_database where datname = current_database())");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second spend never waited for the first one's lock");
    }
}
