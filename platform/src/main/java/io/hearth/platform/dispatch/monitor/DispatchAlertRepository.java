package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Tenant-scoped (Hibernate's discriminator): another tenant's alert is not found. */
@ApplicationScoped
public class DispatchAlertRepository implements PanacheRepositoryBase<DispatchAlert, UUID> {

    /** Row-locked for a state change; 404 when the current tenant has no such alert. */
    public DispatchAlert requireLocked(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Alert", id));
    }

    /** The order's unresolved alerts, row-locked, oldest first. */
    public List<DispatchAlert> unresolvedOfOrder(UUID orderId) {
        return find("orderId = ?1 and state <> ?2 order by raisedAt, id", orderId, AlertState.RESOLVED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
