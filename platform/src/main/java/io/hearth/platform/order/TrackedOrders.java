package io.hearth.platform.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What live tracking needs of orders (current tenant), without personal data: where the orders a worker is on the
 * way to are (DEPARTED), and a customer's own order's status, worker and destination. Read-only; callers run in a
 * transaction.
 */
@ApplicationScoped
public class TrackedOrders {

    /** An order its worker has departed for: whose it is and where it is. */
    public record EnRoute(UUID orderId, UUID customerId, double lat, double lng) {
    }

    /** A customer's order as tracking sees it. */
    public record Tracked(UUID orderId, OrderStatus status, UUID workerId, double lat, double lng) {
    }

    @Inject
    EntityManager em;

    /** The orders the worker is on the way to (status DEPARTED); normally at most one. */
    public List<EnRoute> enRoute(UUID workerId) {
        return em.createQuery("select o.id, o.customerId, o.lat, o.lng from ServiceOrder o"
                + " where o.workerId = :w and o.status = :s", Object[].class)
                .setParameter("w", workerId).setParameter("s", OrderStatus.DEPARTED).getResultList().stream()
                .map(r -> new EnRoute((UUID) r[0], (UUID) r[1], (Double) r[2], (Double) r[3])).toList();
    }

    /** The customer's own order; empty for anyone else's (and another tenant's). */
    public Optional<Tracked> ofCustomer(UUID customerId, UUID orderId) {
        return em.createQuery("select o.id, o.status, o.workerId, o.lat, o.lng from ServiceOrder o"
                + " where o.id = :id and o.customerId = :c", Object[].class)
                .setParameter("id", orderId).setParameter("c", customerId).getResultList().stream()
                .map(r -> new Tracked((UUID) r[0], (OrderStatus) r[1], (UUID) r[2], (Double) r[3], (Double) r[4]))
                .findFirst();
    }
}
