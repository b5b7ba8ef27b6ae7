package io.hearth.platform.worker;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    public Optional<Worker> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public Optional<Worker> byPhoneHash(String phoneHash) {
        return find("phoneHash", phoneHash).firstResultOptional();
    }
}
