package io.hearth.platform.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How much customers have ordered, for staff views of customers (current tenant). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerOrderStats {

    /**
     * @param orders      every order, whatever its state (cancelled and unpaid ones too)
     * @param completed   orders in COMPLETED
     * @param paidFen     money received and kept: paid minus refunded, over all orders
     * @param lastOrderAt when the newest order was placed; null without orders
     */
    public record Stats(long orders, long completed, long paidFen, Instant lastOrderAt) {

        public static final Stats NONE = new Stats(0, 0, 0, null);
    }

    @Inject
    EntityManager em;

    @Inject
    CustomerOrders customerOrders;

    /** Stats of many customers in one query; customers without orders are absent from the map. */
    public Map<UUID, Stats> of(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select o.customerId, count(o),"
                + " sum(case when o.status = :completed then 1 else 0 end), sum(o.paidFen - o.refundedFen), max(o.createdAt)"
                + " from ServiceOrder o where o.customerId in :ids group by o.customerId", Object[].class)
                .setParameter("completed", OrderStatus.COMPLETED)
                .setParameter("ids", customerIds)
                .getResultList();
        Map<UUID, Stats> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((UUID) r[0], new Stats(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), (Instant) r[4]));
        }
        return out;
    }

    public Stats of(UUID customerId) {
        return of(List.of(customerId)).getOrDefault(customerId, Stats.NONE);
    }

    /** The customer's newest orders (by when they were placed), phones and addresses masked. */
    public List<OrderDto.Summary> latest(UUID customerId, int limit) {
        return customerOrders.list(customerId, null, null, limit).items();
    }
}
