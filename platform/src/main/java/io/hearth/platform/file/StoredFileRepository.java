package io.hearth.platform.file;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class StoredFileRepository implements PanacheRepositoryBase<StoredFile, UUID> {

    public Optional<StoredFile> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
