package io.hearth.platform.tracking;

import io.hearth.platform.dispatch.WorkerPositions;
import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.redis.datasource.keys.KeyScanCursor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Consumer {@code tracking}: a worker who goes offline or is suspended ({@code worker.offline},
 * {@code worker.suspended}) disappears from the map at once ({@link WorkerPositions#forget}). And a scheduled prune
 * of positions older than {@link TrackingConfig#positionMaxAge()} in every tenant that has any (found by scanning
 * the {@code hearth:*:worker-seen} keys). Both are idempotent, so every replica may run them.
 */
@ApplicationScoped
public class PositionCleanup implements EventConsumer {

    public static final String NAME = "tracking";
    private static final Logger LOG = Logger.getLogger(PositionCleanup.class);

    @Inject
    WorkerPositions positions;

    @Inject
    PositionRateLimit rateLimit;

    @Inject
    RedisDataSource redis;

    @Inject
    TrackingConfig config;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return type.equals("worker.offline") || type.equals("worker.suspended");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.tenantId() == null || event.aggregateId() == null) {
            return;
        }
        UUID worker = UUID.fromString(event.aggregateId());
        positions.forget(event.tenantId(), worker);
        rateLimit.clear(event.tenantId(), worker);
    }

    @Scheduled(every = "${hearth.tracking.prune-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPrune() {
        prune(clock.instant());
    }

    /** Removes stale positions of every tenant; answers how many. */
    public int prune(Instant now) {
        Instant cutoff = now.minus(config.positionMaxAge());
        int removed = 0;
        KeyScanCursor<String> cursor = redis.key(String.class).scan(new KeyScanArgs().match("hearth:*:worker-seen")
                .count(500));
        while (cursor.hasNext()) {
            for (String key : cursor.next()) {
                String[] parts = key.split(":");
                try {
                    removed += positions.prune(UUID.fromString(parts[1]), cutoff);
                } catch (IllegalArgumentException e) {
                    LOG.debugf("Skipped key %s", key);
                }
            }
        }
        return removed;
    }
}
