package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    public Optional<Worker> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public Worker require(UUID id) {
        return byId(id).orElseThrow(() -> ApiException.notFound("Worker", id));
    }

    /** The worker, row-locked until the transaction ends: serialises changes that read, check, then write. */
    public Worker requireLocked(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Worker", id));
    }

    public Optional<Worker> byPhoneHash(String phoneHash) {
        return find("phoneHash", phoneHash).firstResultOptional();
    }

    public Optional<Worker> byIdNumberHash(String idNumberHash) {
        return find("idNumberHash", idNumberHash).firstResultOptional();
    }
}
