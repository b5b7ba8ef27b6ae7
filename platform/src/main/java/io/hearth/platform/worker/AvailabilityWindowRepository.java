package io.hearth.platform.worker;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AvailabilityWindowRepository implements PanacheRepositoryBase<AvailabilityWindow, UUID> {

    public List<AvailabilityWindow> ofWorker(UUID workerId) {
        return find("workerId", Sort.by("weekday").and("startMinute"), workerId).list();
    }
}
