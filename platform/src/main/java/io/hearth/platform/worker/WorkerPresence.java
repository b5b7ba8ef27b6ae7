package io.hearth.platform.worker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Whether a worker of the current tenant is at work now: APPROVED and ONLINE or BUSY. Tracking accepts positions
 * only from such workers. One narrow query (no profile decryption), because it runs on every position report.
 */
@ApplicationScoped
public class WorkerPresence {

    @Inject
    EntityManager em;

    public boolean atWork(UUID workerId) {
        List<Object[]> rows = em.createQuery("select w.auditStatus, w.workStatus from Worker w where w.id = :id",
                Object[].class).setParameter("id", workerId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        return rows.get(0)[0] == AuditStatus.APPROVED
                && (rows.get(0)[1] == WorkStatus.ONLINE || rows.get(0)[1] == WorkStatus.BUSY);
    }
}
