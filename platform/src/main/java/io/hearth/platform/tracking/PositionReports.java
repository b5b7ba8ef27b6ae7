package io.hearth.platform.tracking;

import io.hearth.platform.dispatch.WorkerPositions;
import io.hearth.platform.order.TrackedOrders;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.worker.WorkerPresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Takes a worker's position (current tenant), from REST or the worker's WebSocket: checks it (time, worker at
 * work, rate limit — in that order, so a refused position never uses up the interval), stores it in
 * {@link WorkerPositions}, and pushes {@code worker.position} to the tenant's staff and, for each order the worker
 * is on the way to (DEPARTED), to that order's customer with distance and ETA ({@link ArrivalEstimate}).
 */
@ApplicationScoped
@Transactional
public class PositionReports {

    @Inject
    WorkerPositions positions;

    @Inject
    PositionRateLimit rateLimit;

    @Inject
    WorkerPresence presence;

    @Inject
    TrackedOrders orders;

    @Inject
    RealtimeBus bus;

    @Inject
    TrackingConfig config;

    @Inject
    Clock clock;

    /** The input is already validated (ranges); see {@link TrackingDto.PositionInput}. */
    public TrackingDto.Accepted report(UUID workerId, TrackingDto.PositionInput in) {
        UUID tenant = TenantContext.require();
        Instant now = clock.instant();
        Instant at = in.at() == null ? now : in.at().toInstant();
        if (at.isAfter(now.plus(config.maxClockSkew())) || at.isBefore(now.minus(config.maxDelay()))) {
            throw ApiException.unprocessable("position-time-invalid", at, config.maxDelay().toSeconds(),
                    config.maxClockSkew().toSeconds());
        }
        if (!presence.atWork(workerId)) {
            throw ApiException.conflict("position-worker-not-at-work");
        }
        if (!rateLimit.tryAcquire(tenant, workerId)) {
            throw new ApiException(429, "position-too-frequent", config.minInterval().toSeconds());
        }
        double lat = in.lat();
        double lng = in.lng();
        positions.report(tenant, workerId, lat, lng, at);

        Map<String, Object> board = new LinkedHashMap<>();
        board.put("workerId", workerId);
        board.put("lat", lat);
        board.put("lng", lng);
        board.put("accuracyM", in.accuracyM());
        board.put("at", at);
        bus.publish(Audience.staff(tenant), "worker.position", board);

        ArrivalEstimate eta = estimate();
        for (TrackedOrders.EnRoute o : orders.enRoute(workerId)) {
            long distance = ArrivalEstimate.distanceMeters(lat, lng, o.lat(), o.lng());
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("orderId", o.orderId());
            own.put("workerId", workerId);
            own.put("lat", lat);
            own.put("lng", lng);
            own.put("at", at);
            own.put("distanceMeters", distance);
            own.put("etaMinutes", eta.minutes(distance));
            bus.publish(Audience.customer(tenant, o.customerId()), "worker.position", own);
        }
        return new TrackingDto.Accepted(lat, lng, at);
    }

    ArrivalEstimate estimate() {
        return new ArrivalEstimate(config.speedKmh(), config.allowanceMinutes());
    }
}
