package io.hearth.platform.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A customer's own orders (current tenant): lists, details, confirmation, cancellation, reschedule. */
@ApplicationScoped
@Transactional
public class CustomerOrders {

    @Inject
    ServiceOrderRepository orders;

    @Inject
    OrderListing listing;

    @Inject
    OrderViews views;

    @Inject
    OrderTransitions transitions;

    @Inject
    OrderCancellation cancellation;

    @Inject
    OrderScheduling scheduling;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Page<OrderDto.Summary> list(UUID customerId, List<String> status, String cursor, int limit) {
        Set<OrderStatus> statuses = OrderListing.statuses(status);
        OrderListing.Where where = new OrderListing.Where().and("customerId = :customerId", "customerId", customerId);
        if (!statuses.isEmpty()) {
            where.and("status in :statuses", "statuses", statuses);
        }
        return listing.page(where, new OrderListing.Order("createdAt", true), cursor, limit, views::summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Detail detail(UUID customerId, UUID orderId) {
        return views.detail(own(customerId, orderId), true, true);
    }

    public OrderDto.Detail confirm(UUID customerId, UUID orderId) {
        return views.detail(transitions.apply(orderId, OrderAction.CONFIRM, Actor.customer(customerId), null,
                OrderTransitions.NOTHING), true, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Cancellation cancellationPreview(UUID customerId, UUID orderId) {
        return cancellation.preview(own(customerId, orderId), false);
    }

    public OrderDto.Cancellation cancel(UUID customerId, UUID orderId, OrderDto.CancelInput in) {
        return cancellation.cancel(orderId, Actor.customer(customerId), in.reason(), in.expectedFeeFen(), false);
    }

    public OrderDto.Detail reschedule(UUID customerId, UUID orderId, Instant start, String reason) {
        return views.detail(scheduling.reschedule(orderId, Actor.customer(customerId), start, reason), true, true);
    }

    private ServiceOrder own(UUID customerId, UUID orderId) {
        return OrderTransitions.visible(orders.byId(orderId), Actor.customer(customerId))
                .orElseThrow(() -> ServiceOrderRepository.notFound(orderId));
    }
}
