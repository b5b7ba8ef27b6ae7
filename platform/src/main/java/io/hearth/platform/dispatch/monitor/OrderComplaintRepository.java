package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Tenant-scoped (Hibernate's discriminator): another tenant's complaint is not found. */
@ApplicationScoped
public class OrderComplaintRepository implements PanacheRepositoryBase<OrderComplaint, UUID> {

    public OrderComplaint requireLocked(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Complaint", id));
    }

    /** A customer's complaints about one order, newest first. */
    public List<OrderComplaint> ofOrder(UUID orderId, UUID customerId) {
        return list("orderId = ?1 and customerId = ?2 order by createdAt desc, id desc", orderId, customerId);
    }

    public long openOfOrder(UUID orderId) {
        return count("orderId = ?1 and state <> ?2", orderId, ComplaintState.CLOSED);
    }

    public long openOfCustomer(UUID customerId) {
        return count("customerId = ?1 and state <> ?2", customerId, ComplaintState.CLOSED);
    }
}
