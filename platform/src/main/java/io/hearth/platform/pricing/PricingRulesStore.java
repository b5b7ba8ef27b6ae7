package io.hearth.platform.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The {@code pricing_rules} row of a tenant (one per tenant, so plain JDBC keyed by the tenant id). */
@ApplicationScoped
public class PricingRulesStore {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** The rules, their version (0 = never set: the defaults) and when they last changed (null when never). */
    public record Stored(PricingRules rules, int version, Instant updatedAt) {
    }

    public Stored current(UUID tenantId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select rules::text, version, updated_at from pricing_rules where tenant_id = ?")) {
            ps.setObject(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Stored(PricingRules.defaults(), 0, null);
                }
                return new Stored(mapper.readValue(rs.getString(1), PricingRules.class), rs.getInt(2),
                        rs.getTimestamp(3).toInstant());
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Reading the pricing rules failed", e);
        }
    }

    /** Replaces the rules; the version goes up by one. */
    public Stored replace(UUID tenantId, PricingRules rules, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into pricing_rules (tenant_id, rules, version, updated_at) values (?, ?::jsonb, 1, ?)"
                        + " on conflict (tenant_id) do update set rules = excluded.rules,"
                        + " version = pricing_rules.version + 1, updated_at = excluded.updated_at returning version")) {
            ps.setObject(1, tenantId);
            ps.setString(2, mapper.writeValueAsString(rules));
            ps.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Stored(rules, rs.getInt(1), now);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Saving the pricing rules failed", e);
        }
    }
}
