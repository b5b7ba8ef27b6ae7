package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkerLevelRepository implements PanacheRepositoryBase<WorkerLevel, UUID> {

    public List<WorkerLevel> ordered() {
        return findAll(Sort.by("sortOrder").and("code")).list();
    }

    public WorkerLevel require(UUID id) {
        return find("id", id).firstResultOptional().orElseThrow(() -> ApiException.notFound("WorkerLevel", id));
    }

    public Optional<WorkerLevel> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public Optional<WorkerLevel> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
