package io.hearth.platform.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Service items for tests that need skills but not the catalog API: {@link #add} inserts a real
 * item (under a category of its own) straight into the catalog tables of the given tenant, so the
 * real skill check and the worker_skill foreign key see it. (Name kept from when workers were built
 * before the catalog.)
 */
@ApplicationScoped
public class InMemorySkillCatalog {

    @Inject
    AgroalDataSource dataSource;

    /** A new, enabled service item of the tenant. */
    public UUID add(UUID tenantId) {
        UUID category = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement cat = c.prepareStatement("insert into category (tenant_id, id, code, texts, created_at, updated_at)"
                        + " values (?, ?, ?, '{\"en\":{\"name\":\"Skills\"}}'::jsonb, ?, ?)");
                PreparedStatement it = c.prepareStatement("insert into service_item (tenant_id, id, category_id, unit,"
                        + " base_price_fen, default_duration_minutes, texts, created_at, updated_at)"
                        + " values (?, ?, ?, 'PER_HOUR', 5000, 120, '{\"en\":{\"name\":\"Skill item\"}}'::jsonb, ?, ?)")) {
            cat.setObject(1, tenantId);
            cat.setObject(2, category);
            cat.setString(3, "skills-" + category.toString().substring(0, 8));
            cat.setTimestamp(4, now);
            cat.setTimestamp(5, now);
            cat.executeUpdate();
            it.setObject(1, tenantId);
            it.setObject(2, item);
            it.setObject(3, category);
            it.setTimestamp(4, now);
            it.setTimestamp(5, now);
            it.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return item;
    }
}
