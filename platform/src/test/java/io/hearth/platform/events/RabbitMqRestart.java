package io.hearth.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery across an application restart, with the real local RabbitMQ. Two phases, each a
 * {@code @QuarkusTest} with its own profile (Quarkus stops the application between profiles and orders profile
 * tests by profile name, so phase 1 runs first): phase 1 publishes events and stops while the slow consumer is
 * midway; phase 2, a new application on the same durable queue, gets the rest (and redeliveries of messages in
 * flight at the stop) and finds every event applied exactly once. Run both: {@code -Dtest='RabbitMqRestartPhase*'}.
 */
final class RabbitMqRestart {

    private RabbitMqRestart() {
    }

    static final int EVENTS = 20;

    static String run() {
        return RabbitMqTransportProfile.runId();
    }

    /** Events of this run applied at least once. */
    static int applied(AgroalDataSource dataSource) {
        return count(dataSource, "select count(*) from events_test_effect x join outbox_event e on e.id = x.event_id"
                + " where e.payload->>'run' = ?", run());
    }

    static int count(AgroalDataSource dataSource, String sql, String param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(AgroalDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Bounded wait for asynchronous delivery (not a timing assertion: it only limits a hang). */
    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "delivered within two minutes");
            Thread.sleep(100);
        }
    }
}
