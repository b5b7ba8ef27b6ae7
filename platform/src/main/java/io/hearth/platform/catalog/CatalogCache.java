package io.hearth.platform.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Customer catalog reads in Redis, per tenant. Keys are
 * {@code hearth:<tenantId>:catalog:v<generation>:<what>}; every committed change of a tenant's catalog
 * increments that tenant's generation ({@code hearth:<tenantId>:catalog:generation}), so all its
 * older entries stop being read at once and expire on their own. A value loaded while a change
 * commits is stored under the old generation and never served. Redis trouble never fails a read:
 * it is served from the database.
 */
@ApplicationScoped
public class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class);

    private final ValueCommands<String, String> values;
    private final ValueCommands<String, Long> counters;

    @Inject
    ObjectMapper mapper;

    @Inject
    CatalogConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public CatalogCache(RedisDataSource redis) {
        this.values = redis.value(String.class);
        this.counters = redis.value(Long.class);
    }

    static String generationKey(UUID tenantId) {
        return "hearth:" + tenantId + ":catalog:generation";
    }

    public <T> T get(UUID tenantId, String what, TypeReference<T> type, Supplier<T> load) {
        if (!config.cache().enabled()) {
            return load.get();
        }
        String key;
        try {
            Long generation = counters.get(generationKey(tenantId));
            key = "hearth:" + tenantId + ":catalog:v" + (generation == null ? 0 : generation) + ":" + what;
            String cached = values.get(key);
            if (cached != null) {
                return mapper.readValue(cached, type);
            }
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("Catalog cache read failed for tenant %s, reading the database: %s", tenantId, e.toString());
            return load.get();
        }
        T loaded = load.get();
        try {
            values.set(key, mapper.writeValueAsString(loaded), new SetArgs().px(config.cache().ttl()));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("Catalog cache write failed for tenant %s: %s", tenantId, e.toString());
        }
        return loaded;
    }

    /** Called by every write: once the current transaction commits, the tenant's cached reads are dropped. */
    public void invalidateAfterCommit(UUID tenantId) {
        String marker = "catalog-invalidation:" + tenantId;
        if (transactions.getResource(marker) != null) {
            return;
        }
        transactions.putResource(marker, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    invalidate(tenantId);
                }
            }
        });
    }

    void invalidate(UUID tenantId) {
        try {
            counters.incr(generationKey(tenantId));
        } catch (RuntimeException e) {
            // The change is committed; customers may see the old catalog until the entries expire.
            LOG.errorf(e, "Catalog cache invalidation failed for tenant %s; stale reads possible for up to %s",
                    tenantId, config.cache().ttl());
        }
    }
}
