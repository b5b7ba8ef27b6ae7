package io.hearth.platform.customer.staff;

import static io.hearth.platform.worker.WorkerFixtures.as;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.TwoTenants;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for the staff customer API: customers signed in through the real SMS flow with phones whose last four
 * digits the test chooses, nicknames set through the customer's own API; what no API sets yet (registration time,
 * member level, points, customers without a phone) written straight to the tables.
 */
@ApplicationScoped
public class StaffCustomerWorld {

    static final String CUSTOMERS = "/api/tenant/customers";

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource dataSource;

    public TwoTenants two() {
        return TwoTenants.create(sms);
    }

    /** A mainland mobile ending in {@code last4}, otherwise random: 1 [3-9] + 5 random digits + last4. */
    static String phoneEndingIn(String last4) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "1" + (3 + r.nextInt(7)) + String.format("%05d", r.nextInt(100_000)) + last4;
    }

    AppUsers.Session customer(TwoTenants.Side side, String phone) {
        return AppUsers.signIn(sms, side.tenant().slug(), "/api/app/auth", phone);
    }

    AppUsers.Session customer(TwoTenants.Side side, String phone, String nickname) {
        AppUsers.Session s = customer(side, phone);
        Map<String, Object> profile = new HashMap<>();
        profile.put("nickname", nickname);
        as(s).body(profile).when().put("/api/app/me").then().statusCode(200);
        return s;
    }

    static String staff(TwoTenants.Side side, String role) {
        return StaffTokens.staff(side.tenant().slug() + "-" + role, side.tenant().slug(), role);
    }

    static RequestSpecification asStaff(String token) {
        return as(token);
    }

    void registeredAt(UUID tenant, String customerId, Instant at) {
        update("update customer set created_at = ? where tenant_id = ? and id = ?", Timestamp.from(at), tenant,
                UUID.fromString(customerId));
    }

    void memberLevel(UUID tenant, String customerId, String level) {
        update("update customer set member_level = ? where tenant_id = ? and id = ?", level, tenant,
                UUID.fromString(customerId));
    }

    void points(UUID tenant, String customerId, long delta) {
        update("insert into points_ledger (tenant_id, id, customer_id, delta, reason, created_at) values (?, ?, ?, ?, 'CHECK_IN', now())",
                tenant, UUID.randomUUID(), UUID.fromString(customerId), delta);
    }

    /** A customer who signed in with WeChat only: no phone. */
    UUID weChatOnlyCustomer(UUID tenant, String nickname) {
        UUID id = UUID.randomUUID();
        update("insert into customer (tenant_id, id, wechat_openid, nickname, created_at, updated_at) values (?, ?, ?, ?, now(), now())",
                tenant, id, "openid-" + id, nickname);
        return id;
    }

    /** The tenant's audit entries about a customer, oldest first: action, actor name, before, after. */
    List<List<String>> audit(UUID tenant, String customerId) {
        String sql = "select action, actor_name, before::text, after::text from tenant_audit"
                + " where tenant_id = ? and target_type = 'customer' and target_id = ? order by id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, tenant);
            ps.setString(2, customerId);
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= 4; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Expected one row: " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
