package io.hearth.platform.realtime;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.hearth.platform.shared.redis.ChannelListener;
import org.jboss.logging.Logger;

/**
 * Fan-out across replicas (DESIGN.md §7): every {@link RealtimeMessage} fired on this replica (after its
 * transaction committed) is published on one Redis pub/sub channel; every replica, this one included, listens on
 * that channel and hands each message to its own open connections of the message's audience ({@link OpenSockets}).
 * A client connected to any replica therefore gets messages raised on any replica. When Redis cannot take a
 * message, it is at least delivered on this replica (real-time messages are best-effort; clients reload over REST).
 */
@ApplicationScoped
public class RealtimeFanout {

    private static final Logger LOG = Logger.getLogger(RealtimeFanout.class);

    @Inject
    RealtimeConfig config;

    @Inject
    RealtimeCodec codec;

    @Inject
    OpenSockets sockets;

    @Inject
    RedisDataSource redis;

    @Inject
    ReactiveRedisDataSource reactiveRedis;

    private volatile ChannelListener listener;

    void subscribe(@Observes StartupEvent start) {
        listener = new ChannelListener(redis, config.channel(), this::received,
                "no real-time messages reach this replica's clients until it can");
        listener.ensureListening();
    }

    /**
     * Listens again after Redis was unreachable or the subscription's connection ended (messages published meanwhile
     * are lost to this replica's clients, who reload).
     */
    @Scheduled(every = "${hearth.realtime.resubscribe-every:10s}", concurrentExecution = ConcurrentExecution.SKIP)
    void ensureSubscribed() {
        if (listener != null) {
            listener.ensureListening();
        }
    }

    void unsubscribe(@Observes ShutdownEvent stop) {
        if (listener != null) {
            listener.stop();
        }
    }

    /**
     * On a worker thread (a committed transaction, an event consumer) the publish waits for Redis, so the messages
     * of one unit of work reach the channel, and every client, in the order they were published (the customer sees
     * "departed" before the first position). On an event-loop thread it must not block and is sent asynchronously.
     */
    void publish(@Observes RealtimeMessage message) {
        String text = codec.toChannel(message);
        if (Context.isOnEventLoopThread()) {
            reactiveRedis.pubsub(String.class).publish(config.channel(), text).subscribe().with(ok -> {
            }, e -> unpublished(message, e));
            return;
        }
        try {
            redis.pubsub(String.class).publish(config.channel(), text);
        } catch (RuntimeException e) {
            unpublished(message, e);
        }
    }

    private void unpublished(RealtimeMessage message, Throwable e) {
        LOG.warnf("Real-time message %s not published on %s (%s); delivered on this replica only", message.type(),
                config.channel(), e.getMessage());
        sockets.deliver(message.to(), codec.frame(message));
    }

    void received(String text) {
        RealtimeCodec.Routed routed;
        try {
            routed = codec.fromChannel(text);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignored a malformed message on %s: %s", config.channel(), e.getMessage());
            return;
        }
        sockets.deliver(routed.to(), routed.frame());
    }
}
