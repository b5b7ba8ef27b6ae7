package io.hearth.platform.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RefundRequestRepository implements PanacheRepositoryBase<RefundRequest, UUID> {

    public Optional<RefundRequest> byKey(String idempotencyKey) {
        return find("idempotencyKey", idempotencyKey).firstResultOptional();
    }

    public Optional<RefundRequest> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public List<RefundRequest> ofOrder(UUID orderId) {
        return find("orderId", Sort.ascending("createdAt", "id"), orderId).list();
    }
}
