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

    /** Skills of several workers in one query: worker id -> sorted service item ids. */
    public java.util.Map<UUID, List<UUID>> ofWorkers(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return java.util.Map.of();
        }
        return find("workerId in ?1", workerIds).stream().collect(java.util.stream.Collectors.groupingBy(
                s -> s.workerId, java.util.stream.Collectors.mapping(s -> s.serviceItemId,
                        java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                                ids -> ids.stream().sorted().toList()))));
    }

    /** Replaces the worker's skills; a bulk delete runs at once, so the inserts cannot collide with old rows. */
    public void replace(UUID workerId, Collection<UUID> serviceItemIds) {
        delete("workerId", workerId);
        serviceItemIds.stream().distinct().forEach(id -> persist(WorkerSkill.of(workerId, id)));
    }
}
