package io.hearth.platform.shared.redis;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One replica listening on a Redis pub/sub channel, for as long as it runs: {@link #ensureListening()} subscribes
 * unless already subscribed (call it at start-up and from a schedule, so a subscription lost with its connection
 * is made again), {@link #stop()} ends it for good at shutdown. Messages published while not listening are lost
 * to this replica: what each user of a channel does about that is its own business.
 */
public final class ChannelListener {

    private static final Logger LOG = Logger.getLogger(ChannelListener.class);

    /** Marks a replica shutting down: no resubscription. */
    private static final PubSubCommands.RedisSubscriber STOPPED = new PubSubCommands.RedisSubscriber() {
        @Override
        public void unsubscribe(String... channels) {
        }

        @Override
        public void unsubscribe() {
        }
    };

    private final RedisDataSource redis;
    private final String channel;
    private final Consumer<String> onMessage;
    private final String whileNotListening;
    private volatile PubSubCommands.RedisSubscriber subscriber;

    /** @param whileNotListening what a lost subscription means, for the log */
    public ChannelListener(RedisDataSource redis, String channel, Consumer<String> onMessage, String whileNotListening) {
        this.redis = redis;
        this.channel = channel;
        this.onMessage = onMessage;
        this.whileNotListening = whileNotListening;
    }

    public synchronized void ensureListening() {
        if (subscriber != null) {
            return;
        }
        try {
            subscriber = redis.pubsub(String.class).subscribe(List.of(channel), (c, text) -> onMessage.accept(text),
                    this::lost, e -> lost());
            LOG.debugf("Listening on %s", channel);
        } catch (RuntimeException e) {
            LOG.errorf("Cannot listen on %s (%s): %s", channel, e.getMessage(), whileNotListening);
        }
    }

    /** The subscription ended (connection lost, or our own unsubscribe at shutdown). */
    private void lost() {
        if (subscriber != STOPPED) {
            LOG.warnf("Stopped listening on %s; subscribing again", channel);
            subscriber = null;
        }
    }

    public void stop() {
        PubSubCommands.RedisSubscriber s = subscriber;
        subscriber = STOPPED;
        if (s != null && s != STOPPED) {
            try {
                s.unsubscribe();
            } catch (RuntimeException e) {
                LOG.debugf("Unsubscribing from %s: %s", channel, e.getMessage());
            }
        }
    }
}
