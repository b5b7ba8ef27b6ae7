package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.hearth.platform.worker.WorkerFixtures.certificate;
import static io.hearth.platform.worker.WorkerFixtures.newIdNumber;
import static io.hearth.platform.worker.WorkerFixtures.profile;
import static io.hearth.platform.worker.WorkerFixtures.window;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.payment.PayableOrders;
import io.hearth.platform.payment.PaymentFixtures;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.pricing.Quote;
import io.hearth.platform.pricing.QuoteLine;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Test data for orders: tenants with a service item, approved workers with that skill, customers with an
 * address, and quotes persisted directly (the quote endpoint belongs to the pricing feature).
 */
@ApplicationScoped
public class OrderWorld {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PayableOrders payable;

    /** One tenant's side: its item, an approved worker (the side's own worker account) and the customer's address. */
    public record Side(TwoTenants.Side side, UUID tenantId, UUID item, UUID worker, UUID customer, UUID address) {

        public String slug() {
            return side.tenant().slug();
        }
    }

    public record Pair(TwoTenants two, Side a, Side b) {
    }

    public Pair pair() {
        TwoTenants two = TwoTenants.create(sms);
        return new Pair(two, side(two.a()), side(two.b()));
    }

    private Side side(TwoTenants.Side s) {
        UUID tenant = s.tenant().id();
        UUID item = catalog.add(tenant);
        UUID worker = approvedWorker(s, s.worker(), item);
        UUID customer = UUID.fromString(s.customer().subjectId());
        UUID address = address(s.customer());
        return new Side(s, tenant, item, worker, customer, address);
    }

    /** Another approved worker with the item as skill in the side's tenant. */
    public AppUsers.Session newWorker(Side side, UUID skill) {
        AppUsers.Session w = AppUsers.worker(sms, side.slug());
        approvedWorker(side.side(), w, skill);
        return w;
    }

    public UUID newItem(UUID tenant) {
        return catalog.add(tenant);
    }

    public AppUsers.Session newCustomer(Side side) {
        return AppUsers.customer(sms, side.slug());
    }

    static UUID approvedWorker(TwoTenants.Side side, AppUsers.Session worker, UUID skill) {
        as(worker).body(profile("Worker " + worker.phone(), "FEMALE", newIdNumber(), List.of(skill)))
                .when().put("/api/worker/me").then().statusCode(200);
        as(worker).body(certificate("HEALTH", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1)))
                .when().post("/api/worker/me/certificates").then().statusCode(201);
        List<Map<String, Object>> week = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            week.add(window(d, "08:00", "20:00"));
        }
        as(worker).body(Map.of("windows", week)).when().put("/api/worker/me/availability").then().statusCode(200);
        WorkerFixtures.approve(side.ownerToken(), worker.subjectId());
        return UUID.fromString(worker.subjectId());
    }

    public static Map<String, Object> addressBody() {
        Map<String, Object> a = new HashMap<>();
        a.put("label", "home");
        a.put("contactName", "Li Na");
        a.put("contactPhone", "13912345678");
        a.put("cityCode", "330100");
        a.put("district", "Xihu");
        a.put("community", "Sunny Garden");
        a.put("building", "3");
        a.put("unit", "2");
        a.put("room", "1801");
        a.put("detail", "Wensan Road 88");
        a.put("accessInstructions", "door code 4711#");
        a.put("lat", 30.2741);
        a.put("lng", 120.1551);
        a.put("isDefault", true);
        return a;
    }

    public static UUID address(AppUsers.Session customer) {
        return address(customer, addressBody());
    }

    public static UUID address(AppUsers.Session customer, Map<String, Object> body) {
        return UUID.fromString(as(customer).body(body).when().post("/api/app/me/addresses")
                .then().statusCode(201).extract().path("id"));
    }

    /** A start in whole hours, {@code ahead} from now. */
    public static Instant hoursAhead(long ahead) {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(ahead));
    }

    /** A quote of the side's customer for the side's item; {@code worker} null = any worker. */
    public UUID quote(Side side, UUID worker, Instant start, long totalFen) {
        return quote(side.tenantId(), side.customer(), side.address(), side.item(), worker, start, 120, totalFen, "330100");
    }

    public UUID quote(UUID tenant, UUID customer, UUID address, UUID item, UUID worker, Instant start, int minutes,
            long totalFen, String cityCode) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            Quote q = new Quote();
            q.id = UUID.randomUUID();
            q.customerId = customer;
            q.itemId = item;
            q.quantity = 1;
            q.durationMinutes = minutes;
            q.startAt = start;
            q.endAt = start.plus(Duration.ofMinutes(minutes));
            q.workerId = worker;
            q.addressId = address;
            q.cityCode = cityCode;
            q.lines = List.of(new QuoteLine(QuoteLine.Kind.BASE, "item", 1, totalFen, null, totalFen));
            q.subtotalFen = totalFen;
            q.discountFen = 0;
            q.totalFen = totalFen;
            q.expiresAt = Instant.now().plus(Duration.ofMinutes(30));
            q.createdAt = Instant.now();
            em.persist(q);
            return q.id;
        }));
    }

    /** Creates the order through the API as the side's customer; answers its id. */
    public static UUID order(Side side, UUID quoteId) {
        return order(side.side().customer(), quoteId);
    }

    public static UUID order(AppUsers.Session customer, UUID quoteId) {
        return UUID.fromString(as(customer).body(createBody(quoteId)).when().post("/api/app/orders")
                .then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> createBody(UUID quoteId) {
        Map<String, Object> req = new HashMap<>();
        req.put("focusAreas", List.of("kitchen", "windows"));
        req.put("workerBringsSupplies", true);
        req.put("productPreferences", "unscented");
        req.put("pets", "one cat");
        req.put("notes", "please knock");
        return Map.of("quoteId", quoteId.toString(), "requirements", req);
    }

    /**
     * {@link PayableOrders#paid} called directly, as payments would: for the contract's edge cases that the payments
     * API never produces (a stage not due, a wrong amount). No money exists behind it, so such an order cannot be
     * refunded; use {@link #payInSandbox} for an order that is cancelled or refunded later.
     */
    public PayableOrders.PaidOutcome pay(UUID tenant, UUID orderId, PaymentStage stage, long fen) {
        return pay(tenant, orderId, UUID.randomUUID(), stage, fen);
    }

    public PayableOrders.PaidOutcome pay(UUID tenant, UUID orderId, UUID paymentId, PaymentStage stage, long fen) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew()
                .call(() -> payable.paid(orderId, paymentId, stage, fen)));
    }

    /**
     * The customer pays what is due through the payments API with the sandbox provider, and the sandbox's signed
     * notification is delivered at once (the real endpoint and verification; only the sandbox's timer is skipped).
     * Answers the payment's id.
     */
    public static UUID payInSandbox(AppUsers.Session customer, UUID orderId) {
        JsonPath started = PaymentFixtures.start(customer.accessToken(), orderId, "SANDBOX");
        PaymentFixtures.sandboxPaymentNotification(started.getString("payment.outTradeNo"), PaymentFixtures.transactionId(),
                started.getLong("payment.amountFen")).statusCode(204);
        return UUID.fromString(started.getString("payment.id"));
    }

    public static UUID payInSandbox(Side side, UUID orderId) {
        return payInSandbox(side.side().customer(), orderId);
    }

    /** The worker takes the order from PENDING_DISPATCH to COMPLETED. */
    public static void workThrough(AppUsers.Session worker, UUID orderId) {
        for (String step : List.of("accept", "depart", "arrive", "start")) {
            as(worker).when().post("/api/worker/orders/" + orderId + "/" + step).then().statusCode(200);
        }
        as(worker).body(Map.of("actualMinutes", 120)).when().post("/api/worker/orders/" + orderId + "/complete")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));
    }

    /**
     * The tenant's default settings with deposits of {@code depositBp}, set with the super-admin's settings API (the
     * only API that changes tenant settings).
     */
    public static void depositBp(Side side, int depositBp) {
        TenantSettings s = TenantSettings.defaults().withDepositBp(depositBp);
        as(StaffTokens.superAdmin()).body(s).when().put("/api/platform/tenants/" + side.tenantId() + "/settings")
                .then().statusCode(200).body("settings.depositBp", org.hamcrest.Matchers.equalTo(depositBp));
    }

    /** The order as its customer sees it (status, money, timeline). */
    public static JsonPath detail(Side side, UUID orderId) {
        return as(side.side().customer()).when().get("/api/app/orders/" + orderId).then().statusCode(200).extract()
                .jsonPath();
    }

    public Optional<PayableOrders.PayableOrder> payable(UUID tenant, UUID orderId) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> payable.find(orderId)));
    }

    /** Active bookings of a worker, straight from the table. */
    public int activeBookings(UUID tenant, UUID worker) {
        return count("select count(*) from worker_booking where tenant_id = ? and worker_id = ? and active", tenant, worker);
    }

    public int count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification asStaff(String token) {
        return as(token);
    }
}
