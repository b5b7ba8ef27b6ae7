package io.hearth.platform.catalog;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
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

    private static final PubSubCommands.RedisSubscriber STOPPED = new PubSubCommands.RedisSubscriber() {
        @Override
        public void unsubscribe(String... channels) {
        }

        @Override
        public void unsubscribe() {
        }
    };

    @Inject
    RedisDataSource redis;

    @Inject
    CatalogConfig config;

    @Inject
    CatalogCache cache;

    private volatile PubSubCommands.RedisSubscriber subscriber;

    void subscribe(@Observes StartupEvent start) {
        ensureSubscribed();
    }

    /** Listens unless already listening: at start-up, and again after Redis was unreachable. */
    @Scheduled(every = "10s", concurrentExecution = ConcurrentExecution.SKIP)
    synchronized void ensureSubscribed() {
        if (subscriber != null || !config.cache().enabled()) {
            return;
        }
        try {
            subscriber = redis.pubsub(String.class).subscribe(List.of(config.cache().channel()),
                    (channel, text) -> received(text), this::lost, e -> lost());
        } catch (RuntimeException e) {
            LOG.warnf("Cannot listen on %s (%s): other replicas' catalog changes reach this one within %s",
                    config.cache().channel(), e.getMessage(), config.cache().generationCheck());
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

    private void lost() {
        if (subscriber != STOPPED) {
            subscriber = null;
        }
    }

    void unsubscribe(@Observes ShutdownEvent stop) {
        PubSubCommands.RedisSubscriber s = subscriber;
        subscriber = STOPPED;
        if (s != null && s != STOPPED) {
            try {
                s.unsubscribe();
            } catch (RuntimeException e) {
                LOG.debugf("Unsubscribing from %s: %s", config.cache().channel(), e.getMessage());
            }
        }
    }
}
