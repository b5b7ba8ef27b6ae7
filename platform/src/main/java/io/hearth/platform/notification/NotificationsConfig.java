package io.hearth.platform.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code hearth.notifications.*} (see application.properties). */
@ConfigMapping(prefix = "hearth.notifications")
public interface NotificationsConfig {

    Sms sms();

    Sender sender();

    ReviewReminder reviewReminder();

    WeChat wechat();

    interface Sms {
        /** The SMS signature (签名) registered with the provider for notification messages. */
        @WithDefault("Hearth")
        String signName();
    }

    interface Sender {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("5s")
        Duration every();

        /** Deliveries claimed per run. */
        @WithDefault("50")
        int batchSize();

        /** A claimed delivery is not taken by another replica for this long (the send's time bound). */
        @WithDefault("2m")
        Duration lease();

        /** Tries before a delivery is FAILED; the wait between tries is backoff × 2^(tries − 1). */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("30s")
        Duration backoff();
    }

    interface ReviewReminder {
        @WithDefault("true")
        boolean enabled();

        /** How long after completion an order not yet confirmed gets its reminder. */
        @WithDefault("24h")
        Duration delay();

        @WithDefault("5m")
        Duration every();
    }

    interface WeChat {
        /** {@code miniprogram_state} of subscribe messages: developer, trial or formal. */
        @WithDefault("formal")
        String miniprogramState();
    }
}
