package io.hearth.platform.identity.token;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Sessions signed out or revoked while their access tokens are still unexpired: those tokens are
 * refused until they would have expired anyway.
 */
@ApplicationScoped
public class RevokedSessions {

    private final ValueCommands<String, String> values;
    private final KeyCommands<String> keys;
    private final AppAuthConfig config;

    public RevokedSessions(RedisDataSource redis, AppAuthConfig config) {
        this.values = redis.value(String.class);
        this.keys = redis.key();
        this.config = config;
    }

    public void revoke(UUID tenantId, UUID sessionId) {
        values.setex(key(tenantId, sessionId), config.accessTokenTtl().toSeconds() + 60, "1");
    }

    public boolean isRevoked(UUID tenantId, String sessionId) {
        return sessionId != null && keys.exists("hearth:" + tenantId + ":revoked-session:" + sessionId);
    }

    private static String key(UUID tenantId, UUID sessionId) {
        return "hearth:" + tenantId + ":revoked-session:" + sessionId;
    }
}
