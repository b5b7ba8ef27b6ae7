package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Whether a worker of the current tenant may be given an order: eligible today and skilled in every item of it. */
@ApplicationScoped
public class WorkerAssignability {

    @Inject
    WorkerRepository workers;

    @Inject
    WorkerSkillRepository skills;

    @Inject
    WorkerEligibilityCheck eligibility;

    /** 404 when the tenant has no such worker; 422 {@code worker-not-assignable} with the reasons otherwise. */
    public void require(UUID workerId, Collection<UUID> itemIds) {
        Worker w = workers.require(workerId);
        List<String> reasons = new ArrayList<>(eligibility.of(w).reasons());
        Set<UUID> missing = new HashSet<>(itemIds);
        missing.removeAll(skills.ofWorker(workerId));
        missing.stream().sorted().forEach(id -> reasons.add("no skill " + id));
        if (!reasons.isEmpty()) {
            throw ApiException.unprocessable("worker-not-assignable", workerId, String.join("; ", reasons));
        }
    }
}
