package io.hearth.platform.tracking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live tracking settings ({@code hearth.tracking.*}). */
@ConfigMapping(prefix = "hearth.tracking")
public interface TrackingConfig {

    /** At most one position per worker is accepted per interval; more is 429 {@code position-too-frequent}. */
    @WithDefault("3s")
    Duration minInterval();

    /** A position older than this is not shown to customers (and is pruned). */
    @WithDefault("10m")
    Duration positionMaxAge();

    /** How far in the past a reported {@code at} may be (a phone sending a buffered position late). */
    @WithDefault("5m")
    Duration maxDelay();

    /** How far ahead of our clock a reported {@code at} may be (phone clocks drift). */
    @WithDefault("30s")
    Duration maxClockSkew();

    /** ETA model: average door-to-door speed. */
    @WithDefault("20")
    double speedKmh();

    /** ETA model: minutes added to the travel time. */
    @WithDefault("2")
    int allowanceMinutes();

    /** How often stale positions are pruned ({@code off} disables). */
    @WithDefault("5m")
    String pruneEvery();
}
