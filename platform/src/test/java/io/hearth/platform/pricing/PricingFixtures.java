package io.hearth.platform.pricing;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and data the pricing tests share. Tenants are Asia/Shanghai companies (testing/Tenants). */
final class PricingFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final double LAT = 30.2741;
    static final double LNG = 120.1551;
    static final String RULES = "/api/tenant/pricing/rules";
    static final String HOLIDAYS = "/api/tenant/pricing/holidays";
    static final String QUOTES = "/api/app/quotes";

    private PricingFixtures() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String staff(Tenants.Created t, String role) {
        return StaffTokens.staff(t.slug() + "-" + role, t.slug(), role);
    }

    static ValidatableResponse putRules(String token, Map<String, Object> rules) {
        return as(token).body(rules).when().put(RULES).then();
    }

    /** The customer's address in Hangzhou (330100), Xihu district, next to the workers' homes. */
    static UUID address(AppUsers.Session customer) {
        return address(customer, "330100", "Xihu");
    }

    static UUID address(AppUsers.Session customer, String city, String district) {
        Map<String, Object> a = new HashMap<>();
        a.put("contactName", "Li Na");
        a.put("contactPhone", "13912345678");
        a.put("cityCode", city);
        a.put("district", district);
        a.put("detail", "Wensan Road 88");
        a.put("lat", LAT);
        a.put("lng", LNG);
        a.put("isDefault", false);
        return UUID.fromString(as(customer.accessToken()).body(a).when().post("/api/app/me/addresses")
                .then().statusCode(201).extract().path("id"));
    }

    /** A package of the tenant including the items (quantity 1 each), made through the staff API. */
    static UUID pkg(String ownerToken, String code, int minutes, long priceFen, List<UUID> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("durationMinutes", minutes);
        body.put("priceFen", priceFen);
        body.put("items", items.stream().map(i -> Map.of("itemId", i.toString(), "quantity", 1)).toList());
        body.put("texts", Map.of("en", Map.of("name", "Package " + code)));
        return UUID.fromString(as(ownerToken).body(body).when().post("/api/tenant/catalog/packages")
                .then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> quote(UUID itemId, UUID addressId, LocalDate day, String time) {
        Map<String, Object> q = new HashMap<>();
        q.put("itemId", itemId.toString());
        q.put("quantity", 1);
        q.put("addressId", addressId.toString());
        q.put("start", startOf(day, time));
        return q;
    }

    static String startOf(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    static ValidatableResponse postQuote(AppUsers.Session customer, Map<String, Object> body) {
        return as(customer.accessToken()).body(body).when().post(QUOTES).then();
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** The first {@code day} at least {@code minDays} days from today (Shanghai), within the 14-day booking horizon. */
    static LocalDate next(DayOfWeek day, int minDays) {
        LocalDate d = today().plusDays(minDays);
        while (d.getDayOfWeek() != day) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** A weekday (Monday to Friday) at least {@code minDays} days ahead. */
    static LocalDate weekday(int minDays) {
        LocalDate d = today().plusDays(minDays);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static long count(AgroalDataSource ds, String sql, UUID tenantId) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long quotes(AgroalDataSource ds, UUID tenantId) throws SQLException {
        return count(ds, "select count(*) from quote where tenant_id = ?", tenantId);
    }

    static void setMemberLevel(AgroalDataSource ds, UUID tenantId, String customerId, String level) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("update customer set member_level = ? where tenant_id = ? and id = ?")) {
            ps.setString(1, level);
            ps.setObject(2, tenantId);
            ps.setObject(3, UUID.fromString(customerId));
            ps.executeUpdate();
        }
    }

    /** Points earned outside the ledger's order flow (marketing has no API yet). */
    static void grantPoints(AgroalDataSource ds, UUID tenantId, String customerId, long points) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("insert into points_ledger"
                + " (tenant_id, id, customer_id, delta, reason, created_at) values (?, ?, ?, ?, 'TEST_GRANT', ?)")) {
            ps.setObject(1, tenantId);
            ps.setObject(2, UUID.randomUUID());
            ps.setObject(3, UUID.fromString(customerId));
            ps.setLong(4, points);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }
}
