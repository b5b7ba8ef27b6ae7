package io.hearth.platform.events;

import static io.hearth.platform.events.RabbitMqRestart.*;

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

/** Phase 2 of {@link RabbitMqRestart}: a new application finishes; nothing lost, nothing twice. */
@QuarkusTest
@TestProfile(RabbitMqRestart2Profile.class)
@WithTestResource(OidcWiremockTestResource.class)
class RabbitMqRestartPhase2Test {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theNewInstanceConsumesTheRestAndNothingIsLostOrAppliedTwice() throws Exception {
        assertEquals(EVENTS, count(dataSource, "select count(*) from outbox_event where type = 'test.restart'"
                + " and payload->>'run' = ? and status = 'PUBLISHED'", run()), "phase 1 ran in this JVM");
        waitFor(() -> applied(dataSource) == EVENTS);
        assertEquals(EVENTS, count(dataSource, "select count(*) from events_test_effect x join outbox_event e"
                + " on e.id = x.event_id where e.payload->>'run' = ? and x.applied = 1 and x.tenant_id = e.tenant_id",
                run()), "every event applied exactly once, for its tenant");
        assertEquals(EVENTS, count(dataSource, "select count(*) from event_consumption c join outbox_event e"
                + " on e.id = c.event_id where e.payload->>'run' = ? and c.consumer = 'test_restart'"
                + " and c.status = 'DONE'", run()));
    }
}
