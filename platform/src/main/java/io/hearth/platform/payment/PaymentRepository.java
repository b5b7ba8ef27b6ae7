package io.hearth.platform.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped through Hibernate's discriminator. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public Optional<Payment> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public Optional<Payment> lockById(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Payment> ofOrder(UUID orderId) {
        return find("orderId", Sort.ascending("createdAt", "id"), orderId).list();
    }

    public Optional<Payment> open(UUID orderId, PaymentStage stage) {
        return find("orderId = ?1 and stage = ?2 and status = ?3", orderId, stage, PaymentStatus.CREATED)
                .firstResultOptional();
    }

    /** The order's payments that still hold money, newest first, locked (in id order, so lockers never deadlock). */
    public List<Payment> lockHoldingMoney(UUID orderId) {
        List<Payment> locked = find("orderId = ?1 and status in ?2 and orderRejected = false", Sort.ascending("id"), orderId,
                List.of(PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return locked.stream()
                .sorted(java.util.Comparator.comparing((Payment p) -> p.paidAt).reversed())
                .toList();
    }
}
