package io.hearth.platform.shared.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Creates the Redis data sources on the main thread before anything else starts. Quarkus creates them lazily, on
 * first use, and that creation is not safe when two threads do it at once: at start-up the real-time fan-out
 * subscribes while the message broker may already be delivering events to consumers that use Redis, and the prod
 * jar was seen failing to start with a ConcurrentModificationException there.
 */
@ApplicationScoped
public class RedisWarmUp {

    @Inject
    Instance<RedisDataSource> blocking;

    @Inject
    Instance<ReactiveRedisDataSource> reactive;

    void warm(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        blocking.get().key();
        reactive.get().key();
    }
}
