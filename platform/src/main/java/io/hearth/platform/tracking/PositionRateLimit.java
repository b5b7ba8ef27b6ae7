package io.hearth.platform.tracking;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * At most one accepted position per worker per {@link TrackingConfig#minInterval()}, across replicas: a Redis key
 * {@code hearth:<tenant>:position-rate:<worker>} set only if absent, expiring after the interval.
 */
@ApplicationScoped
public class PositionRateLimit {

    private final ValueCommands<String, String> values;

    @Inject
    TrackingConfig config;

    public PositionRateLimit(RedisDataSource redis) {
        this.values = redis.value(String.class);
    }

    static String key(UUID tenantId, UUID workerId) {
        return "hearth:" + tenantId + ":position-rate:" + workerId;
    }

    /** True when this position may be taken (and the interval starts now); false when one was taken lately. */
    public boolean tryAcquire(UUID tenantId, UUID workerId) {
        return values.setAndChanged(key(tenantId, workerId), "1",
                new SetArgs().nx().px(Math.max(1, config.minInterval().toMillis())));
    }

    /** Lets the worker's next position through (going offline ends the interval). */
    public void clear(UUID tenantId, UUID workerId) {
        values.getDataSource().key(String.class).del(key(tenantId, workerId));
    }
}
