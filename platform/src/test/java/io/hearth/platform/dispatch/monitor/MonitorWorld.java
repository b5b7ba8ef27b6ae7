package io.hearth.platform.dispatch.monitor;

import static io.hearth.platform.worker.WorkerFixtures.as;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.events.OutboxRelay;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.AppUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Orders for the monitor's tests (each on its own slot of the side's worker) and the alerts stored for them. */
@ApplicationScoped
public class MonitorWorld {

    /** An alert row as stored. */
    public record Row(UUID id, AlertKind kind, AlertState state, boolean automatic, String note, Instant raisedAt) {
    }

    private static final AtomicInteger SLOT = new AtomicInteger();

    @Inject
    OrderWorld orders;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    /** A free slot: whole hours, 4 h apart, from 30 h ahead (the worker's bookings never overlap). */
    public static Instant nextStart() {
        return OrderWorld.hoursAhead(30 + 4L * SLOT.getAndIncrement());
    }

    /** A free-of-charge order for the side's worker: PENDING_DISPATCH at once. */
    public UUID dispatchable(OrderWorld.Side side, Instant start) {
        return OrderWorld.order(side, orders.quote(side, side.worker(), start, 0));
    }

    public UUID accepted(OrderWorld.Side side, Instant start) {
        UUID id = dispatchable(side, start);
        step(side.side().worker(), id, "accept");
        relay.publishPending(); // the order's events so far are handled: later resolutions name their own event
        return id;
    }

    public static void step(AppUsers.Session worker, UUID orderId, String step) {
        as(worker).when().post("/api/worker/orders/" + orderId + "/" + step).then().statusCode(200);
    }

    public List<Row> alerts(UUID orderId) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, kind, state, resolved_automatically, resolution_note, raised_at from dispatch_alert"
                        + " where order_id = ? order by raised_at, id")) {
            ps.setObject(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), AlertKind.valueOf(rs.getString(2)),
                            AlertState.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    public List<Row> alerts(UUID orderId, AlertKind kind) {
        return alerts(orderId).stream().filter(r -> r.kind() == kind).toList();
    }

    /** A timestamp column of the order (accepted_at, started_at, ...) or the last entry into PENDING_DISPATCH. */
    public Instant time(String sql, UUID orderId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Instant dispatchableSince(UUID orderId) {
        return time("select max(at) from order_timeline where order_id = ? and to_status = 'PENDING_DISPATCH'"
                + " and from_status is distinct from 'PENDING_DISPATCH'", orderId);
    }

    public Instant startedAt(UUID orderId) {
        return time("select started_at from service_order where id = ?", orderId);
    }

    public int count(String sql, Object... params) {
        return orders.count(sql, params);
    }
}
