package io.hearth.platform.stats;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff dashboard's figures, given two tenants in Asia/Shanghai with orders, payments, refunds, customers,
 * alerts and complaints placed around local midnight (which is 16:00 UTC the day before): each counts for its
 * Shanghai day, and tenant B's never count for tenant A.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DashboardStatsTest {

    static final String URL = "/api/tenant/stats/dashboard";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    OrderWorld fixtures;

    @Inject
    AgroalDataSource dataSource;

    static OrderWorld.Pair pair;

    @BeforeEach
    void world() {
        if (pair == null) {
            pair = fixtures.pair();
            seed(pair.a(), pair.b());
        }
    }

    /** Tenant A's data, plus one of each for tenant B on the same days, which A must never see. */
    private void seed(OrderWorld.Side a, OrderWorld.Side b) {
        // 2–4 March 2026 in Shanghai. Net paid = paid − refunded, cancelled orders left out.
        order(a, "2026-03-01T16:30:00Z", "COMPLETED", 10_000, 2_000); // 2 Mar 00:30 local (1 Mar in UTC)
        order(a, "2026-03-02T15:30:00Z", "ACCEPTED", 5_000, 0);       // 2 Mar 23:30 local
        order(a, "2026-03-02T16:30:00Z", "COMPLETED", 7_000, 0);      // 3 Mar 00:30 local (2 Mar in UTC)
        order(a, "2026-03-03T02:00:00Z", "CANCELLED", 3_000, 1_000);  // 3 Mar, cancelled: its money is not counted
        order(a, "2026-03-01T15:30:00Z", "COMPLETED", 9_999, 0);      // 1 Mar 23:30 local: before the range
        order(a, "2026-03-04T16:30:00Z", "COMPLETED", 1_111, 0);      // 5 Mar 00:30 local: after the range
        order(b, "2026-03-02T04:00:00Z", "COMPLETED", 50_000, 0);

        customerCreatedAt(fixtures.newCustomer(a).subjectId(), "2026-03-01T16:10:00Z"); // 2 Mar 00:10 local
        customerCreatedAt(fixtures.newCustomer(a).subjectId(), "2026-03-03T15:59:59Z"); // 3 Mar 23:59:59 local
        customerCreatedAt(fixtures.newCustomer(a).subjectId(), "2026-03-03T16:00:00Z"); // 4 Mar 00:00 local
        customerCreatedAt(fixtures.newCustomer(b).subjectId(), "2026-03-02T04:00:00Z");

        // Today in Shanghai: three orders on the day's edges and noon, one just before and one just after the day.
        LocalDate today = LocalDate.now(SHANGHAI);
        UUID t1 = order(a, local(today, "00:30"), "PENDING_DISPATCH", 0, 0);
        UUID t2 = order(a, local(today, "23:30"), "COMPLETED", 8_000, 0);
        UUID t3 = order(a, local(today, "12:00"), "CANCELLED", 0, 0);
        UUID t4 = order(a, local(today.plusDays(1), "00:30"), "ACCEPTED", 0, 0);
        UUID t5 = order(a, local(today.minusDays(1), "23:30"), "ACCEPTED", 0, 0);
        UUID bToday = order(b, local(today, "12:00"), "ACCEPTED", 0, 0);

        alert(a, t1, "UNACCEPTED", "OPEN");
        alert(a, t2, "UNACCEPTED", "OPEN");
        alert(a, t3, "UNACCEPTED", "ACKNOWLEDGED");
        alert(a, t4, "LATE_ARRIVAL", "OPEN");
        alert(a, t5, "NOT_DEPARTED", "RESOLVED");
        alert(b, bToday, "OVERRUN", "OPEN");

        complaint(a, t1, "OPEN");
        complaint(a, t2, "OPEN");
        complaint(a, t3, "HANDLING");
        complaint(a, t4, "CLOSED");
        complaint(b, bToday, "OPEN");
    }

    @Test
    void eachDayCountsTheOrdersServicedAndTheNetPaidAmountOnItsShanghaiDayAndTheNewCustomers() {
        OrderWorld.Side a = pair.a();
        JsonPath d = as(a.side().ownerToken()).queryParam("from", "2026-03-02").queryParam("to", "2026-03-04")
                .when().get(URL).then().statusCode(200).extract().jsonPath();
        assertEquals("Asia/Shanghai", d.getString("timeZone"));
        assertEquals("2026-03-02", d.getString("from"));
        assertEquals("2026-03-04", d.getString("to"));
        assertEquals(List.of("2026-03-02", "2026-03-03", "2026-03-04"), d.getList("days.day"));
        assertEquals(List.of(2, 1, 0), d.getList("days.orders"));
        assertEquals(List.of(0, 1, 0), d.getList("days.cancelled"));
        assertEquals(List.of(13_000, 7_000, 0), d.getList("days.paidFen"));
        assertEquals(List.of(1, 1, 1), d.getList("days.newCustomers"));
        assertEquals(Map.of("orders", 3, "cancelled", 1, "paidFen", 20_000, "newCustomers", 3), d.getMap("totals"));
    }

    @Test
    void tenantBSeesOnlyItsOwnFigures() {
        JsonPath d = as(pair.b().side().dispatcherToken()).queryParam("from", "2026-03-02").queryParam("to", "2026-03-04")
                .when().get(URL).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 0, 0), d.getList("days.orders"));
        assertEquals(List.of(50_000, 0, 0), d.getList("days.paidFen"));
        assertEquals(List.of(1, 0, 0), d.getList("days.newCustomers"));
        assertEquals(1, d.getInt("todayOrders.total"));
        assertEquals(1, d.getInt("openAlerts.open"));
        assertEquals(1, d.getInt("openAlerts.byKind.find { it.kind == 'OVERRUN' }.open"));
        assertEquals(1, d.getInt("openComplaints.open"));
    }

    @Test
    void todaysOrdersByStatusFollowTheTenantsDayAndTheOpenWorkIsCountedByKind() {
        JsonPath d = as(pair.a().side().ownerToken()).when().get(URL).then().statusCode(200).extract().jsonPath();
        assertEquals(LocalDate.now(SHANGHAI).toString(), d.getString("today"));
        assertEquals(3, d.getInt("todayOrders.total"));
        assertEquals(List.of("PENDING_PAYMENT", "PENDING_DISPATCH", "ACCEPTED", "DEPARTED", "ARRIVED", "IN_SERVICE",
                "PAUSED", "COMPLETED", "CANCELLED"), d.getList("todayOrders.byStatus.status"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 0, 1, 1), d.getList("todayOrders.byStatus.count"));

        assertEquals(3, d.getInt("openAlerts.open"));
        assertEquals(1, d.getInt("openAlerts.acknowledged"));
        assertEquals(List.of("UNACCEPTED", "NOT_DEPARTED", "LATE_ARRIVAL", "OVERRUN", "COMPLAINT"),
                d.getList("openAlerts.byKind.kind"));
        assertEquals(List.of(2, 0, 1, 0, 0), d.getList("openAlerts.byKind.open"));
        assertEquals(List.of(1, 0, 0, 0, 0), d.getList("openAlerts.byKind.acknowledged"));
        assertEquals(2, d.getInt("openComplaints.open"));
        assertEquals(1, d.getInt("openComplaints.handling"));
    }

    @Test
    void withoutDatesTheRangeIsThisWeekFromMondayToToday() {
        JsonPath d = as(pair.a().side().ownerToken()).when().get(URL).then().statusCode(200).extract().jsonPath();
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        assertEquals(monday.toString(), d.getString("from"));
        assertEquals(today.toString(), d.getString("to"));
        assertEquals((int) ChronoUnit.DAYS.between(monday, today) + 1, d.getList("days").size());
        // only to: from that day's Monday
        as(pair.a().side().ownerToken()).queryParam("to", "2026-03-04").when().get(URL).then().statusCode(200)
                .body("from", equalTo("2026-03-02")).body("days.size()", equalTo(3));
    }

    @Test
    void rangesBeyond92DaysReversedOrNotDatesAreRefusedInTheCallersLanguage() {
        String owner = pair.a().side().ownerToken();
        as(owner).queryParam("from", "2026-01-01").queryParam("to", "2026-04-02").when().get(URL).then()
                .statusCode(200).body("days.size()", equalTo(92));
        as(owner).queryParam("from", "2026-01-01").queryParam("to", "2026-04-03").when().get(URL).then()
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("stats-range-too-long"))
                .body("detail", containsString("at most 92 days")).body("detail", containsString("93 days"));
        as(owner).header("Accept-Language", "zh-CN").queryParam("from", "2026-01-01").queryParam("to", "2026-04-03")
                .when().get(URL).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("最多覆盖 92 天"));
        as(owner).queryParam("from", "2026-03-04").queryParam("to", "2026-03-02").when().get(URL).then()
                .statusCode(422).body("code", equalTo("stats-range-reversed"))
                .body("detail", containsString("2026-03-02"));
        as(owner).header("Accept-Language", "zh-CN").queryParam("from", "2026-03-04").queryParam("to", "2026-03-02")
                .when().get(URL).then().statusCode(422).body("detail", containsString("结束日"));
        as(owner).queryParam("from", "4 March").when().get(URL).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("stats-date-invalid"))
                .body("detail", containsString("yyyy-MM-dd"));
    }

    @Test
    void staffWhoDoNotReadOrdersAreRefused() {
        String slug = pair.a().slug();
        as(StaffTokens.staff(slug + "-cat", slug, "catalog-manager")).when().get(URL).then().statusCode(403);
        as(StaffTokens.staff(slug + "-mkt", slug, "marketing")).when().get(URL).then().statusCode(403);
        as(StaffTokens.staff(slug + "-fin", slug, "finance")).when().get(URL).then().statusCode(200);
        as(StaffTokens.staff(slug + "-cs", slug, "customer-service")).when().get(URL).then().statusCode(200);
        as(pair.a().side().customer()).when().get(URL).then().statusCode(403);
    }

    // ---- data, placed directly where the API cannot (past days, given states and amounts) ----

    private static String local(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant().toString();
    }

    /** An order made through the API, then moved to {@code start} with the given status and money. */
    private UUID order(OrderWorld.Side side, String start, String status, long paidFen, long refundedFen) {
        UUID id = OrderWorld.order(side, fixtures.quote(side, null, OrderWorld.hoursAhead(48), 20_000));
        Instant at = Instant.parse(start);
        update("update service_order set start_at = ?, end_at = ?, status = ?, paid_fen = ?, refunded_fen = ?,"
                + " payment_state = ?, payment_deadline = case when cast(? as text) = 'PENDING_PAYMENT' then payment_deadline end"
                + " where tenant_id = ? and id = ?", utc(at), utc(at.plus(Duration.ofHours(2))),
                status, paidFen, refundedFen, paidFen > 0 ? "PAID" : "UNPAID", status, side.tenantId(), id);
        return id;
    }

    private void customerCreatedAt(String customerId, String at) {
        update("update customer set created_at = ? where id = ?", utc(Instant.parse(at)),
                UUID.fromString(customerId));
    }

    private void alert(OrderWorld.Side side, UUID order, String kind, String state) {
        OffsetDateTime now = utc(Instant.now());
        boolean acknowledged = !state.equals("OPEN");
        boolean resolved = state.equals("RESOLVED");
        update("insert into dispatch_alert (tenant_id, id, order_id, kind, state, episode_at, raised_at, details,"
                + " acknowledged_by, acknowledged_at, resolved_by, resolved_at) values (?, ?, ?, ?, ?, ?, ?, '{}'::jsonb,"
                + " ?, ?, ?, ?)", side.tenantId(), UUID.randomUUID(), order, kind, state, now, now,
                acknowledged ? "disp" : null, acknowledged ? now : null, resolved ? "disp" : null, resolved ? now : null);
    }

    private void complaint(OrderWorld.Side side, UUID order, String state) {
        boolean closed = state.equals("CLOSED");
        update("insert into order_complaint (tenant_id, id, order_id, customer_id, category, text, state, created_at,"
                + " resolution, closed_by, closed_at) values (?, ?, ?, ?, 'QUALITY', 'Windows still dirty', ?, ?, ?, ?, ?)",
                side.tenantId(), UUID.randomUUID(), order, side.customer(), state, utc(Instant.now()),
                closed ? "cleaned again" : null, closed ? "cs" : null, closed ? utc(Instant.now()) : null);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertEquals(1, ps.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
