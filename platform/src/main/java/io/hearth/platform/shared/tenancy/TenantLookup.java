package io.hearth.platform.shared.tenancy;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.tenant.TenantStatus;
import io.hearth.platform.tenant.TenantType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds tenants by slug, id or mini-program app id for request resolution. Plain JDBC on purpose:
 * it runs before the request's Hibernate session exists, and opening that session here would bind
 * it to no tenant. Entries live a few seconds; the tenant service evicts on every change so a
 * suspension takes effect at once on this node and within {@link #TTL} on the others.
 */
@ApplicationScoped
public class TenantLookup {

    static final Duration TTL = Duration.ofSeconds(10);
    private static final String COLUMNS = "select id, slug, type, status, default_locale, time_zone from tenant where ";

    private record Entry(Optional<TenantRef> tenant, long expiresAt) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    public Optional<TenantRef> bySlug(String slug) {
        return cached("slug:" + slug, "slug = ?", slug);
    }

    public Optional<TenantRef> byId(UUID id) {
        return cached("id:" + id, "id = ?", id);
    }

    public Optional<TenantRef> byMiniProgramAppId(String appId) {
        return cached("app:" + appId, "mini_program_app_id = ?", appId);
    }

    public void evictAll() {
        cache.clear();
    }

    private Optional<TenantRef> cached(String key, String where, Object value) {
        long now = System.nanoTime();
        Entry e = cache.get(key);
        if (e != null && e.expiresAt - now > 0) {
            return e.tenant;
        }
        Optional<TenantRef> found = load(where, value);
        cache.put(key, new Entry(found, now + TTL.toNanos()));
        return found;
    }

    private Optional<TenantRef> load(String where, Object value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(COLUMNS + where)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TenantRef(rs.getObject(1, UUID.class), rs.getString(2),
                        TenantType.valueOf(rs.getString(3)), TenantStatus.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant lookup failed", e);
        }
    }
}
