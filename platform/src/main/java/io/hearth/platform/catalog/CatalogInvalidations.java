package io.hearth.platform.catalog;

import io.hearth.platform.shared.redis.ChannelListener;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells every replica's near cache at once that a tenant's catalog changed: the replica that committed the change
 * publishes "tenantId generation" on a Redis pub/sub channel, every replica listening moves its copy of that
 * tenant's generation forward. A message lost while a replica was not listening costs at most
 * {@code hearth.catalog.cache.generation-check}: the replica then reads the generation from Redis anyway.
 */
@ApplicationScoped
public class CatalogInvalidations {

    private static final Logger LOG = Logger.getLogger(CatalogInvalidations.class);

    @Inject
    RedisDataSource redis;

    @Inject
    CatalogConfig config;

    @Inject
    CatalogCache cache;

    private volatile ChannelListener listener;

    void subscribe(@Observes StartupEvent start) {
        if (config.cache().enabled()) {
            listener = new ChannelListener(redis, config.cache().channel(), this::received,
                    "other replicas' catalog changes reach this one within " + config.cache().generationCheck());
            listener.ensureListening();
        }
    }

    /** Listens again after Redis was unreachable or the subscription's connection ended. */
    @Scheduled(every = "10s", concurrentExecution = ConcurrentExecution.SKIP)
    void ensureSubscribed() {
        if (listener != null) {
            listener.ensureListening();
        }
    }

    /** After commit, by the replica that changed the catalog. A failure only delays the other replicas. */
    void publish(UUID tenantId, long generation) {
        try {
            redis.pubsub(String.class).publish(config.cache().channel(), tenantId + " " + generation);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot announce catalog generation %d of tenant %s (%s): other replicas see it within %s",
                    generation, tenantId, e.getMessage(), config.cache().generationCheck());
        }
    }

    void received(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space < 0) {
            return;
        }
        try {
            cache.advance(UUID.fromString(text.substring(0, space)), Long.parseLong(text.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            LOG.debugf("Ignoring catalog invalidation %s", text);
        }
    }

    void unsubscribe(@Observes ShutdownEvent stop) {
        if (listener != null) {
            listener.stop();
        }
    }
}
