package io.hearth.platform.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.events.Outbox;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way an order changes: {@link #apply} locks the order row, asks {@link OrderStateMachine}, runs the
 * action's effect, moves the status, stamps its time and writes the timeline row, all in the caller's
 * transaction (the row lock plus the entity's version make the change conditional). {@link #record}, the single
 * point every change passes, also adds the change's event to the outbox (DESIGN.md §7) in that transaction.
 */
@ApplicationScoped
public class OrderTransitions {

    /** The action's own changes, made after the machine allowed it and before the status moves. */
    @FunctionalInterface
    public interface Effect {
        /** @return details for the timeline row (may be empty) */
        Map<String, Object> apply(ServiceOrder order, OrderStatus to, Instant now);
    }

    public static final Effect NOTHING = (o, to, now) -> Map.of();

    @Inject
    ServiceOrderRepository orders;

    @Inject
    OrderTimelineRepository timeline;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** Microseconds, as the database keeps them (keyset cursors compare stored values). */
    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceOrder apply(UUID orderId, OrderAction action, Actor actor, String reason, Effect effect) {
        return apply(orderId, action, actor, reason, effect, now());
    }

    /**
     * Takes {@code action} on the order for {@code actor}. 404 when the order is not the actor's (a customer's
     * own orders, a worker's assigned ones; staff and the system see all of the tenant's); 409
     * {@code order-illegal-transition} (or {@code order-not-cancellable}) when the machine refuses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceOrder apply(UUID orderId, OrderAction action, Actor actor, String reason, Effect effect, Instant now) {
        ServiceOrder order = orders.requireLocked(orderId);
        if (!visibleTo(order, actor)) {
            throw ServiceOrderRepository.notFound(orderId);
        }
        OrderStatus from = order.status;
        OrderStatus to = OrderStateMachine.next(from, action, actor.kind(), order.facts())
                .orElseThrow(() -> refusal(order, action));
        Map<String, Object> details = effect.apply(order, to, now);
        order.status = to;
        stamp(order, action, now);
        order.updatedAt = now;
        record(order, action, actor, from, to, reason, details, now);
        return order;
    }

    /** The first timeline row of a new order (creation is not a transition of the machine). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ServiceOrder order, Actor actor, Map<String, Object> details) {
        record(order, OrderAction.CREATE, actor, null, order.status, null, details, order.createdAt);
    }

    /**
     * Whether {@code actor} may see the order at all (others get 404, never 403). A worker sees the orders
     * assigned to them once paid: an unpaid order is not theirs to act on yet.
     */
    static boolean visibleTo(ServiceOrder order, Actor actor) {
        return switch (actor.kind()) {
            case CUSTOMER -> order.customerId.toString().equals(actor.id());
            case WORKER -> order.workerId != null && order.workerId.toString().equals(actor.id())
                    && order.status != OrderStatus.PENDING_PAYMENT;
            case STAFF, SYSTEM -> true;
        };
    }

    public static Optional<ServiceOrder> visible(Optional<ServiceOrder> order, Actor actor) {
        return order.filter(o -> visibleTo(o, actor));
    }

    private static ApiException refusal(ServiceOrder order, OrderAction action) {
        if (action == OrderAction.CANCEL && OrderStatus.AT_OR_IN_SERVICE.contains(order.status)) {
            return ApiException.conflict("order-not-cancellable", order.orderNo, order.status);
        }
        return ApiException.conflict("order-illegal-transition", order.orderNo, order.status, action);
    }

    private static void stamp(ServiceOrder o, OrderAction action, Instant now) {
        switch (action) {
            case ACCEPT, GRAB -> o.acceptedAt = now;
            case DEPART -> o.departedAt = now;
            case ARRIVE -> o.arrivedAt = now;
            case START -> o.startedAt = now;
            case COMPLETE -> o.completedAt = now;
            case CONFIRM -> o.confirmedAt = now;
            case CANCEL, CLOSE_UNPAID -> o.cancelledAt = now;
            default -> {
            }
        }
    }

    private void record(ServiceOrder order, OrderAction action, Actor actor, OrderStatus from, OrderStatus to,
            String reason, Map<String, Object> details, Instant at) {
        OrderTimelineEntry e = new OrderTimelineEntry();
        e.orderId = order.id;
        e.at = at;
        e.actorKind = actor.kind();
        e.actorId = actor.id();
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.reason = reason;
        e.details = details == null || details.isEmpty() ? null : json.valueToTree(new LinkedHashMap<>(details));
        timeline.persist(e);
        outbox.emit(order.tenantId, action.eventType(), "order", order.id, event(order, action, actor, from, to, at));
    }

    /** Payload of every order event; {@code from} is null on creation. */
    static Map<String, Object> event(ServiceOrder order, OrderAction action, Actor actor, OrderStatus from,
            OrderStatus to, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orderId", order.id);
        p.put("orderNo", order.orderNo);
        p.put("action", action.name());
        p.put("from", from == null ? null : from.name());
        p.put("to", to.name());
        p.put("actorKind", actor.kind().name());
        p.put("workerId", order.workerId);
        p.put("customerId", order.customerId);
        p.put("startAt", order.startAt);
        p.put("totalFen", order.totalFen);
        p.put("at", at);
        return p;
    }
}
