package io.hearth.platform.worker;

import io.hearth.platform.catalog.ItemKeywordSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Customers search services by a worker's name too ("王阿姨"): a keyword matching an approved
 * worker's name finds the service items that worker does. Also answers the "worker gender
 * available" filter.
 */
@ApplicationScoped
public class WorkerKeywordSource implements ItemKeywordSource, io.hearth.platform.catalog.ItemWorkerFilter {

    @Inject
    WorkerRepository workers;

    @Override
    public Set<UUID> itemIdsMatching(String keyword) {
        String pattern = "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new HashSet<>(workers.getEntityManager()
                .createQuery("select distinct s.serviceItemId from WorkerSkill s, Worker w"
                        + " where w.id = s.workerId and w.auditStatus = :approved and lower(w.displayName) like :pattern",
                        UUID.class)
                .setParameter("approved", AuditStatus.APPROVED)
                .setParameter("pattern", pattern)
                .getResultList());
    }

    @Override
    public Set<UUID> itemsOfferedBy(String gender) {
        return new HashSet<>(workers.getEntityManager()
                .createQuery("select distinct s.serviceItemId from WorkerSkill s, Worker w"
                        + " where w.id = s.workerId and w.auditStatus = :approved and w.gender = :gender", UUID.class)
                .setParameter("approved", AuditStatus.APPROVED)
                .setParameter("gender", Gender.valueOf(gender))
                .getResultList());
    }
}
