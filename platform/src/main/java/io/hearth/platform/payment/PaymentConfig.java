package io.hearth.platform.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code hearth.payment.*} (see application.properties). */
@ConfigMapping(prefix = "hearth.payment")
public interface PaymentConfig {

    /**
     * Where providers reach this platform from the internet ({@code https://api.example.com}); notification URLs are
     * built on it. Required in production for WeChat Pay; dev and tests fall back to this instance's own address.
     */
    Optional<URI> publicBaseUrl();

    /** Notifications signed longer ago than this (or this far in the future) are refused as replays. */
    @WithDefault("5m")
    Duration notificationMaxAge();

    Sandbox sandbox();

    Refunds refunds();

    interface Sandbox {
        /** Off by default: production turns it on only for demo tenants' environments. */
        @WithDefault("false")
        boolean enabled();

        /** HMAC key of sandbox notifications; unset: a random key per process (the sandbox notifies itself). */
        Optional<String> secret();

        /** How long after "paying" the simulated notification is sent. */
        @WithDefault("700ms")
        Duration notifyDelay();
    }

    interface Refunds {
        /** How often the refund worker looks for refunds to send. */
        @WithDefault("5s")
        String pollInterval();

        @WithDefault("20")
        int batchSize();

        /** After this many failed attempts a refund is FAILED and needs a person. */
        @WithDefault("8")
        int maxAttempts();

        /** How long a claimed refund is left to the worker that claimed it before another may retry it. */
        @WithDefault("2m")
        Duration claimLease();
    }
}
