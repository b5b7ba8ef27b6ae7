package io.hearth.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code hearth.events.*}: relay and consumer retries (the transport is the build-time {@code hearth.events.transport}). */
@ConfigMapping(prefix = "hearth.events")
public interface EventsConfig {

    /** Build-time: in-process (default) or rabbitmq; see {@link EventTransport}. Declared here for documentation. */
    @WithDefault("in-process")
    String transport();

    Relay relay();

    Retry retry();

    Consumers consumers();

    RabbitMq rabbitmq();

    interface Relay {
        /** Whether the scheduled relay runs (read by {@link OutboxRelay.Disabled}). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        String every();

        @WithDefault("5s")
        String delay();

        /** Events taken per relay transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long the relay waits for the broker's acknowledgement of one event. */
        @WithDefault("10s")
        Duration ackTimeout();

        /** Delay before a failed publication is tried again (doubled per attempt, capped at 10 minutes). */
        @WithDefault("2s")
        Duration retryBackoff();
    }

    /** The job re-running due FAILED consumptions ({@link ConsumptionRetrier}). */
    interface Retry {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("10s")
        String every();

        @WithDefault("15s")
        String delay();
    }

    /** Names used by the RabbitMQ channels (mp.messaging.*.hearth-events-*). */
    interface RabbitMq {
        @WithDefault("hearth.events")
        String exchange();

        @WithDefault("hearth.events.platform")
        String queue();
    }

    interface Consumers {
        /** Tries before a consumption is PARKED (listed for super-admins). */
        @WithDefault("8")
        int maxAttempts();

        /** Delay after the first failure; doubled per further failure. */
        @WithDefault("5s")
        Duration backoffBase();

        @WithDefault("1h")
        Duration backoffMax();

        /** Due FAILED consumptions retried per run of the retry job. */
        @WithDefault("50")
        int retryBatchSize();

        /** A claimed retry is not claimed again by another replica for this long. */
        @WithDefault("5m")
        Duration retryLease();
    }

    /** base × 2^(attempts − 1), capped; attempts ≥ 1. */
    static Duration backoff(Duration base, Duration max, int attempts) {
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        Duration d = base.multipliedBy(1L << shift);
        return d.compareTo(max) > 0 ? max : d;
    }
}
