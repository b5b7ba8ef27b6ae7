package io.hearth.platform.marketing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class PointsLedgerRepository implements PanacheRepositoryBase<PointsEntry, UUID> {

    public long balance(UUID customerId) {
        return getEntityManager()
                .createQuery("select coalesce(sum(e.delta), 0L) from PointsEntry e where e.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
    }

    public Optional<PointsEntry> forOrder(UUID orderId, String reason) {
        return find("orderId = ?1 and reason = ?2", orderId, reason).firstResultOptional();
    }

    public List<PointsEntry> recent(UUID customerId, int limit) {
        return find("customerId", Sort.descending("createdAt").and("id"), customerId).page(Page.ofSize(limit)).list();
    }
}
