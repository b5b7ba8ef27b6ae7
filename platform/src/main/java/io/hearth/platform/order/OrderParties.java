package io.hearth.platform.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who takes part in an order right now (its customer and its assigned worker) and whether it is closed: what other
 * features (chat) need to decide who may talk about an order, without reading the order's tables. Current tenant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderParties {

    /** {@code closedAt}: when it was completed or cancelled, null while open. */
    public record Parties(UUID orderId, String orderNo, UUID customerId, UUID workerId, OrderStatus status,
            Instant closedAt) {

        /** The assigned worker, once the order is theirs to see (paid): the same rule as the worker's order API. */
        public Optional<UUID> visibleWorker() {
            return workerId == null || status == OrderStatus.PENDING_PAYMENT ? Optional.empty() : Optional.of(workerId);
        }
    }

    @Inject
    ServiceOrderRepository orders;

    public Optional<Parties> of(UUID orderId) {
        return orders.byId(orderId).map(OrderParties::parties);
    }

    public Map<UUID, Parties> of(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return orders.list("id in ?1", orderIds).stream().map(OrderParties::parties)
                .collect(Collectors.toMap(Parties::orderId, Function.identity()));
    }

    private static Parties parties(ServiceOrder o) {
        Instant closed = o.status == OrderStatus.COMPLETED ? o.completedAt
                : o.status == OrderStatus.CANCELLED ? o.cancelledAt : null;
        return new Parties(o.id, o.orderNo, o.customerId, o.workerId, o.status, closed);
    }
}
