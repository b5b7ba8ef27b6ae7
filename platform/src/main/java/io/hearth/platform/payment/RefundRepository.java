package io.hearth.platform.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    public Optional<Refund> lockById(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Refund> ofRequest(UUID requestId) {
        return find("requestId", Sort.ascending("createdAt", "id"), requestId).list();
    }

    public List<Refund> ofOrder(UUID orderId) {
        return find("orderId", Sort.ascending("createdAt", "id"), orderId).list();
    }
}
