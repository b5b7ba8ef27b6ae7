package io.hearth.platform.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkerBookingConstraintTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource dataSource;

    static final String INSERT = "insert into worker_booking (tenant_id, id, worker_id, during, active)"
            + " values (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz), ?)";

    static int insert(PreparedStatement ps, UUID tenant, UUID worker, String from, String to, boolean active)
            throws SQLException {
        ps.setObject(1, tenant);
        ps.setObject(2, UUID.randomUUID());
        ps.setObject(3, worker);
        ps.setString(4, from);
        ps.setString(5, to);
        ps.setBoolean(6, active);
        return ps.executeUpdate();
    }

    @Test
    void theDatabaseRefusesDoubleBookingButAllowsTouchingAndInactive() throws SQLException {
        TwoTenants two = TwoTenants.create(sms);
        UUID tenant = two.a().tenant().id();
        UUID worker = UUID.fromString(two.a().worker().subjectId());
        UUID otherTenant = two.b().tenant().id();
        UUID otherWorker = UUID.fromString(two.b().worker().subjectId());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            insert(ps, tenant, worker, "2030-05-06T10:00+08:00", "2030-05-06T12:00+08:00", true);
            insert(ps, tenant, worker, "2030-05-06T12:00+08:00", "2030-05-06T14:00+08:00", true); // touching
            insert(ps, tenant, worker, "2030-05-06T11:00+08:00", "2030-05-06T13:00+08:00", false); // inactive
            insert(ps, otherTenant, otherWorker, "2030-05-06T11:00+08:00", "2030-05-06T13:00+08:00", true);
            SQLException refused = assertThrows(SQLException.class,
                    () -> insert(ps, tenant, worker, "2030-05-06T11:30+08:00", "2030-05-06T12:30+08:00", true));
            assertEquals("23P01", refused.getSQLState());
            // Another tenant's worker id under this tenant: the composite foreign key refuses it.
            SQLException foreign = assertThrows(SQLException.class,
                    () -> insert(ps, tenant, otherWorker, "2030-05-07T10:00+08:00", "2030-05-07T12:00+08:00", true));
            assertEquals("23503", foreign.getSQLState());
        }
    }
}
