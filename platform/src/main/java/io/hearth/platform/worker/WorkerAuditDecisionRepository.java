package io.hearth.platform.worker;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkerAuditDecisionRepository implements PanacheRepositoryBase<WorkerAuditDecision, UUID> {

    public List<WorkerAuditDecision> historyOf(UUID workerId) {
        return find("workerId", Sort.by("decidedAt").and("id"), workerId).list();
    }
}
