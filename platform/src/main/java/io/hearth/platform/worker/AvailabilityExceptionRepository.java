package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AvailabilityExceptionRepository implements PanacheRepositoryBase<AvailabilityException, UUID> {

    public List<AvailabilityException> ofWorkerFrom(UUID workerId, LocalDate from) {
        return find("workerId = ?1 and onDate >= ?2", Sort.by("onDate").and("startMinute"), workerId, from).list();
    }

    /** The worker's exceptions dated {@code from} to {@code to}, both included. */
    public List<AvailabilityException> ofWorkerBetween(UUID workerId, LocalDate from, LocalDate to) {
        return find("workerId = ?1 and onDate >= ?2 and onDate <= ?3", Sort.by("onDate").and("startMinute"), workerId,
                from, to).list();
    }

    public AvailabilityException requireOf(UUID workerId, UUID id) {
        return find("id = ?1 and workerId = ?2", id, workerId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("AvailabilityException", id));
    }
}
