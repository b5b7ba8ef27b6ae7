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

/** Phase 1 of {@link RabbitMqRestart}: publish, stop midway. */
@QuarkusTest
@TestProfile(RabbitMqRestart1Profile.class)
@WithTestResource(OidcWiremockTestResource.class)
class RabbitMqRestartPhase1Test {

    @Inject
    OrderWorld fixtures;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void publishesEverythingAndStopsWhileConsumingIsMidway() throws Exception {
        execute(dataSource, "create table if not exists events_test_effect (event_id uuid primary key,"
                + " tenant_id uuid not null, applied int not null)");
        UUID tenant = fixtures.pair().a().tenantId();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            int n = i;
            events.add(TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> outbox.emit(
                    tenant, RestartTestConsumer.TYPE, "test", UUID.randomUUID(), Map.of("run", run(), "n", n)))));
        }
        assertTrue(relay.publishPending().containsAll(events), "all confirmed by the broker");
        waitFor(() -> applied(dataSource) >= 3);
        assertTrue(applied(dataSource) < EVENTS, "the application stops with events still to consume");
    }
}
