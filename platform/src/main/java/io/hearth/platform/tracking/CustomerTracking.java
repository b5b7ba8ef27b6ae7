package io.hearth.platform.tracking;

import io.hearth.platform.dispatch.WorkerPositions;
import io.hearth.platform.order.OrderStatus;
import io.hearth.platform.order.TrackedOrders;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's view of their worker on the way: only while the order is DEPARTED (after departure, before
 * arrival) — before, the worker's whereabouts are none of the customer's business, after, they are at the door.
 * Another customer's order is 404; outside DEPARTED, 409 {@code tracking-unavailable}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerTracking {

    @Inject
    TrackedOrders orders;

    @Inject
    WorkerPositions positions;

    @Inject
    TrackingConfig config;

    @Inject
    Clock clock;

    public TrackingDto.OrderTracking of(UUID customerId, UUID orderId) {
        TrackedOrders.Tracked o = orders.ofCustomer(customerId, orderId)
                .orElseThrow(() -> ApiException.notFound("Order", orderId));
        if (o.status() != OrderStatus.DEPARTED || o.workerId() == null) {
            throw ApiException.conflict("tracking-unavailable", o.status());
        }
        Instant now = clock.instant();
        Optional<WorkerPositions.Position> p = positions.of(TenantContext.require(), o.workerId(), now,
                config.positionMaxAge());
        if (p.isEmpty()) {
            return new TrackingDto.OrderTracking(o.orderId(), o.status().name(), o.workerId(), null, null, null);
        }
        long distance = ArrivalEstimate.distanceMeters(p.get().lat(), p.get().lng(), o.lat(), o.lng());
        int eta = new ArrivalEstimate(config.speedKmh(), config.allowanceMinutes()).minutes(distance);
        return new TrackingDto.OrderTracking(o.orderId(), o.status().name(), o.workerId(),
                new TrackingDto.Position(p.get().lat(), p.get().lng(), p.get().at()), distance, eta);
    }
}
