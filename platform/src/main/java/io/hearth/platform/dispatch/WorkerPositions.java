package io.hearth.platform.dispatch;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.geo.GeoCommands;
import io.quarkus.redis.datasource.geo.GeoPosition;
import io.quarkus.redis.datasource.geo.GeoSearchArgs;
import io.quarkus.redis.datasource.geo.GeoUnit;
import io.quarkus.redis.datasource.geo.GeoValue;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Workers' latest positions, in Redis GEO under per-tenant keys (DESIGN.md §6): {@code hearth:{tenant}:worker-geo}
 * holds the position, {@code hearth:{tenant}:worker-seen} (a sorted set scored by epoch milliseconds) when it was
 * reported. A position older than the caller's {@code maxAge} does not count: a worker whose phone went quiet is
 * not "near" anything. Positions are ephemeral (the database keeps none); losing Redis loses only the last few
 * seconds of tracking.
 */
@ApplicationScoped
public class WorkerPositions {

    /** A worker's reported position. */
    public record Position(UUID workerId, double lat, double lng, Instant at) {
    }

    /** A worker found near a point, nearest first; {@code distanceMeters} as Redis computes it (haversine). */
    public record Nearby(UUID workerId, double lat, double lng, long distanceMeters, Instant at) {
    }

    private final GeoCommands<String, String> geo;
    private final SortedSetCommands<String, String> seen;

    public WorkerPositions(RedisDataSource redis) {
        this.geo = redis.geo(String.class);
        this.seen = redis.sortedSet(String.class);
    }

    static String geoKey(UUID tenantId) {
        return "hearth:" + tenantId + ":worker-geo";
    }

    static String seenKey(UUID tenantId) {
        return "hearth:" + tenantId + ":worker-seen";
    }

    /** Latitude −85.05…85.05 and longitude −180…180 (what Redis GEO can store); the caller validates first. */
    public void report(UUID tenantId, UUID workerId, double lat, double lng, Instant at) {
        geo.geoadd(geoKey(tenantId), lng, lat, workerId.toString());
        seen.zadd(seenKey(tenantId), at.toEpochMilli(), workerId.toString());
    }

    /** The worker's latest position if reported within {@code maxAge} of {@code now}. */
    public Optional<Position> of(UUID tenantId, UUID workerId, Instant now, Duration maxAge) {
        java.util.OptionalDouble reported = seen.zscore(seenKey(tenantId), workerId.toString());
        if (reported.isEmpty() || reported.getAsDouble() < now.minus(maxAge).toEpochMilli()) {
            return Optional.empty();
        }
        long at = (long) reported.getAsDouble();
        List<GeoPosition> p = geo.geopos(geoKey(tenantId), workerId.toString());
        if (p.isEmpty() || p.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(new Position(workerId, p.get(0).latitude(), p.get(0).longitude(),
                Instant.ofEpochMilli(at)));
    }

    /**
     * Up to {@code limit} workers within {@code radiusKm} of the point whose position is fresh (reported within
     * {@code maxAge} of {@code now}), nearest first.
     *
     * <p>Redis answers a radius search by scanning every member of the geohash cells that cover the circle, so its
     * cost grows with the area, not with {@code limit}. The search therefore widens: a quarter of the radius, half,
     * then all of it, stopping as soon as {@code limit} fresh workers are found. The answer is the same as one
     * search of the full radius (whoever lies within the smaller circle is nearer than anyone outside it); in a
     * dense city the first, cheap step usually suffices (bench/README.md, scenario 6).
     */
    public List<Nearby> near(UUID tenantId, double lat, double lng, double radiusKm, int limit, Instant now,
            Duration maxAge) {
        List<Nearby> found = List.of();
        for (double r : new double[] {radiusKm / 4, radiusKm / 2, radiusKm}) {
            if (r < radiusKm && r < MIN_STEP_KM) {
                continue;
            }
            found = within(tenantId, lat, lng, r, limit, now, maxAge);
            if (found.size() >= limit) {
                break;
            }
        }
        return found;
    }

    /** Below this a narrower first step would not save Redis any work worth a round trip. */
    static final double MIN_STEP_KM = 0.5;

    private List<Nearby> within(UUID tenantId, double lat, double lng, double radiusKm, int limit, Instant now,
            Duration maxAge) {
        // Stale members are skipped after the search, so ask for some extra; prune() keeps their number small.
        long ask = Math.min(Math.max(limit, 1) * 2L + 16, 100_000);
        List<GeoValue<String>> found = geo.geosearch(geoKey(tenantId), new GeoSearchArgs<String>()
                .fromCoordinate(lng, lat).byRadius(radiusKm, GeoUnit.KM).ascending().count(ask)
                .withDistance().withCoordinates());
        if (found.isEmpty()) {
            return List.of();
        }
        String[] members = found.stream().map(GeoValue::member).toArray(String[]::new);
        List<java.util.OptionalDouble> seenAt = seen.zmscore(seenKey(tenantId), members);
        long oldest = now.minus(maxAge).toEpochMilli();
        List<Nearby> out = new ArrayList<>();
        for (int i = 0; i < found.size() && out.size() < limit; i++) {
            java.util.OptionalDouble reported = seenAt.get(i);
            if (reported == null || reported.isEmpty() || reported.getAsDouble() < oldest) {
                continue;
            }
            double at = reported.getAsDouble();
            GeoValue<String> v = found.get(i);
            out.add(new Nearby(UUID.fromString(v.member()), v.latitude().orElse(lat), v.longitude().orElse(lng),
                    Math.round(v.distance().orElse(0) * 1000), Instant.ofEpochMilli((long) at)));
        }
        return out;
    }

    /** Drops the worker's position (offline, suspended). */
    public void forget(UUID tenantId, UUID workerId) {
        geo.getDataSource().sortedSet(String.class).zrem(geoKey(tenantId), workerId.toString());
        seen.zrem(seenKey(tenantId), workerId.toString());
    }

    /** Removes positions older than {@code cutoff}; returns how many. */
    public int prune(UUID tenantId, Instant cutoff) {
        List<String> stale = seen.zrangebyscore(seenKey(tenantId),
                new io.quarkus.redis.datasource.sortedset.ScoreRange<>(Double.NEGATIVE_INFINITY,
                        (double) cutoff.toEpochMilli() - 1));
        if (stale.isEmpty()) {
            return 0;
        }
        String[] members = stale.toArray(String[]::new);
        geo.getDataSource().sortedSet(String.class).zrem(geoKey(tenantId), members);
        seen.zrem(seenKey(tenantId), members);
        return members.length;
    }
}
