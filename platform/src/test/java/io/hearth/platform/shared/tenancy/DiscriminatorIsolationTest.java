package io.hearth.platform.shared.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.customer.CustomerRepository;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Isolation below the API: Hibernate's discriminator and the database's composite keys. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DiscriminatorIsolationTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    CustomerRepository customers;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void queriesOnlySeeTheCurrentTenant() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID aCustomer = UUID.fromString(tt.a().customer().subjectId());
        UUID bTenant = tt.b().tenant().id();
        boolean seenFromB = TenantContext.call(bTenant, () -> QuarkusTransaction.requiringNew()
                .call(() -> customers.byId(aCustomer).isPresent()));
        assertEquals(false, seenFromB);
        boolean seenFromA = TenantContext.call(tt.a().tenant().id(), () -> QuarkusTransaction.requiringNew()
                .call(() -> customers.byId(aCustomer).isPresent()));
        assertTrue(seenFromA);
    }

    @Test
    void withoutATenantNothingIsVisible() {
        AppUsers.Session s = TwoTenants.create(sms).a().customer();
        long visible = QuarkusTransaction.requiringNew().call(() -> customers.count());
        assertEquals(0, visible, "no tenant in context must read nothing");
        assertTrue(TenantContext.current().isEmpty());
        assertTrue(s.subjectId() != null);
    }

    @Test
    void theDatabaseRefusesAnAddressPointingAtAnotherTenantsCustomer() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID aCustomer = UUID.fromString(tt.a().customer().subjectId());
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("insert into customer_address (tenant_id, id, customer_id, contact_name,"
                            + " contact_phone_enc, contact_phone_last4, city_code, district, detail_enc, lat, lng, created_at, updated_at)"
                            + " values (?, ?, ?, 'x', 'v1:x', '0000', '330100', 'x', 'v1:x', 30, 120, ?, ?)")) {
                ps.setObject(1, tt.b().tenant().id());
                ps.setObject(2, UUID.randomUUID());
                ps.setObject(3, aCustomer);
                ps.setObject(4, java.sql.Timestamp.from(Instant.now()));
                ps.setObject(5, java.sql.Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        });
        assertEquals("23503", refused.getSQLState(), "foreign key violation");
    }

    @Test
    void contextIsRestoredAfterNestedWork() {
        UUID outer = UUID.randomUUID();
        UUID inner = UUID.randomUUID();
        TenantContext.run(outer, () -> {
            TenantContext.run(inner, () -> assertEquals(inner, TenantContext.require()));
            assertEquals(outer, TenantContext.require());
        });
        assertTrue(TenantContext.current().isEmpty());
        assertThrows(IllegalStateException.class, TenantContext::require);
    }
}
