package io.hearth.platform.worker;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkerSkillRepository implements PanacheRepositoryBase<WorkerSkill, WorkerSkill.Key> {

    public List<UUID> ofWorker(UUID workerId) {
        return find("workerId", workerId).stream().map(s -> s.serviceItemId).sorted().toList();
    }

    /** Replaces the worker's skills; a bulk delete runs at once, so the inserts cannot collide with old rows. */
    public void replace(UUID workerId, Collection<UUID> serviceItemIds) {
        delete("workerId", workerId);
        serviceItemIds.stream().distinct().forEach(id -> persist(WorkerSkill.of(workerId, id)));
    }
}
