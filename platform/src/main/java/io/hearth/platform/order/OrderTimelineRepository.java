package io.hearth.platform.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrderTimelineRepository implements PanacheRepositoryBase<OrderTimelineEntry, Long> {

    public List<OrderTimelineEntry> ofOrder(UUID orderId) {
        return find("orderId", Sort.ascending("id"), orderId).list();
    }

    /** Whether a payment or refund with this id was already recorded on the order (idempotent callbacks). */
    public boolean recorded(UUID orderId, OrderAction action, String detailKey, String value) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from order_timeline"
                + " where tenant_id = cast(:t as uuid) and order_id = :o and action = :a and details ->> :k = :v")
                .setParameter("t", io.hearth.platform.shared.tenancy.TenantContext.require().toString())
                .setParameter("o", orderId).setParameter("a", action.name()).setParameter("k", detailKey)
                .setParameter("v", value).getSingleResult()).longValue() > 0;
    }
}
