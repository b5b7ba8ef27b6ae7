package io.hearth.platform.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Customer catalog reads in Redis, per tenant, with a near cache in each replica's memory. Keys are
 * {@code hearth:<tenantId>:catalog:v<generation>:<what>}; every committed change of a tenant's catalog
 * increments that tenant's generation ({@code hearth:<tenantId>:catalog:generation}), so all its
 * older entries stop being read at once and expire on their own. A value loaded while a change
 * commits is stored under the old generation and never served. Redis trouble never fails a read:
 * it is served from the database.
 *
 * <p>The near cache holds decoded answers under the same keys: the bench showed the two Redis round trips per read
 * (generation, then value) costing more than the rest of a cached request. A change made through this replica
 * updates its generation at commit and announces it ({@link CatalogInvalidations}), so every replica listening
 * moves on at once; a replica trusts the generation it knows for {@code generation-check} (10 s) before reading it
 * from Redis again, which bounds the delay when an announcement was lost. Cached answers are shared between
 * requests: they are immutable records and lists nobody changes.
 */
@ApplicationScoped
public class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class);

    private final ValueCommands<String, String> values;
    private final ValueCommands<String, Long> counters;
    private final ConcurrentHashMap<UUID, Generation> generations = new ConcurrentHashMap<>();
    private final Cache<String, Object> near;

    /** A tenant's generation as this replica read it, and when (System.nanoTime). */
    private record Generation(long value, long readAt) {
    }

    @Inject
    ObjectMapper mapper;

    private final CatalogConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CatalogInvalidations invalidations;

    public CatalogCache(RedisDataSource redis, CatalogConfig config) {
        this.values = redis.value(String.class);
        this.counters = redis.value(Long.class);
        this.config = config;
        this.near = Caffeine.newBuilder().maximumSize(config.cache().localEntries())
                .expireAfterWrite(config.cache().ttl()).build();
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
            key = "hearth:" + tenantId + ":catalog:v" + generation(tenantId) + ":" + what;
            @SuppressWarnings("unchecked")
            T local = (T) near.getIfPresent(key);
            if (local != null) {
                return local;
            }
            String cached = values.get(key);
            if (cached != null) {
                T decoded = mapper.readValue(cached, type);
                near.put(key, decoded);
                return decoded;
            }
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("Catalog cache read failed for tenant %s, reading the database: %s", tenantId, e.toString());
            return load.get();
        }
        T loaded = load.get();
        try {
            String encoded = mapper.writeValueAsString(loaded);
            values.set(key, encoded, new SetArgs().px(config.cache().ttl()));
            // what goes to the near cache is the answer as Redis holds it, decoded: the same for every replica
            near.put(key, mapper.readValue(encoded, type));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("Catalog cache write failed for tenant %s: %s", tenantId, e.toString());
        }
        return loaded;
    }

    /** The tenant's generation: this replica's last reading while younger than {@code generation-check}. */
    private long generation(UUID tenantId) {
        long now = System.nanoTime();
        Generation known = generations.get(tenantId);
        if (known != null && now - known.readAt() < config.cache().generationCheck().toNanos()) {
            return known.value();
        }
        Long read = counters.get(generationKey(tenantId));
        long value = read == null ? 0 : read;
        if (known != null && value < known.value()) {
            // Redis lost the counter (it keeps nothing on disk): entries of a lower generation may be older than
            // changes made since, so none of this replica's may be served
            near.invalidateAll();
        }
        generations.put(tenantId, new Generation(value, now));
        return value;
    }

    /** Another replica (or this one) committed a change: the tenant's generation is at least {@code generation}. */
    void advance(UUID tenantId, long generation) {
        long now = System.nanoTime();
        generations.merge(tenantId, new Generation(generation, now),
                (known, announced) -> announced.value() >= known.value() ? announced : known);
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
            long generation = counters.incr(generationKey(tenantId));
            advance(tenantId, generation);
            invalidations.publish(tenantId, generation);
        } catch (RuntimeException e) {
            generations.remove(tenantId);
            // The change is committed; customers may see the old catalog until the entries expire.
            LOG.errorf(e, "Catalog cache invalidation failed for tenant %s; stale reads possible for up to %s",
                    tenantId, config.cache().ttl());
        }
    }
}
