package io.hearth.platform.order;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class ServiceOrderRepository implements PanacheRepositoryBase<ServiceOrder, UUID> {

    public Optional<ServiceOrder> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    /** The order, row-locked until the transaction ends; 404 when the current tenant has none. */
    public ServiceOrder requireLocked(UUID id) {
        return lockedById(id).orElseThrow(() -> notFound(id));
    }

    public Optional<ServiceOrder> lockedById(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<ServiceOrder> byIdempotencyKey(UUID customerId, String key) {
        return find("customerId = ?1 and idempotencyKey = ?2", customerId, key).firstResultOptional();
    }

    public boolean orderNoTaken(String orderNo) {
        return count("orderNo", orderNo) > 0;
    }

    static ApiException notFound(UUID id) {
        return ApiException.notFound("Order", id);
    }
}
