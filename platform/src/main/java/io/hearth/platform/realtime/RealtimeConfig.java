package io.hearth.platform.realtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Real-time fan-out settings ({@code hearth.realtime.*}). */
@ConfigMapping(prefix = "hearth.realtime")
public interface RealtimeConfig {

    /**
     * The Redis pub/sub channel every replica publishes to and listens on. Pub/sub ignores the Redis database
     * number, so environments sharing one Redis server need distinct channels.
     */
    @WithDefault("hearth:realtime")
    String channel();

    /** How often each replica closes its connections whose token expired ({@code off} disables). */
    @WithDefault("30s")
    String expirySweep();

    /** How often a replica that is not listening on the channel (Redis was down) tries again. */
    @WithDefault("10s")
    String resubscribeEvery();
}
