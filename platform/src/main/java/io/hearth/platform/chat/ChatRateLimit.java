package io.hearth.platform.chat;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * At most {@code hearth.chat.messages-per-minute} messages per sender: a Redis counter per tenant and sender that
 * lives one minute from the sender's first message in it (more answer 429 {@code chat-rate-limited}).
 */
@ApplicationScoped
public class ChatRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final ValueCommands<String, Long> counters;
    private final KeyCommands<String> keys;
    private final ChatConfig config;

    public ChatRateLimit(RedisDataSource redis, ChatConfig config) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config;
    }

    public void take(UUID tenantId, Participant sender) {
        String key = "hearth:" + tenantId + ":chat:rate:" + sender.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + sender.id();
        long n = counters.incr(key);
        if (n == 1 || keys.ttl(key) < 0) {
            keys.expire(key, WINDOW);
        }
        if (n > config.messagesPerMinute()) {
            throw new ApiException(429, "chat-rate-limited", config.messagesPerMinute(), Math.max(1, keys.ttl(key)));
        }
    }
}
