package io.hearth.platform.customer.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class CustomerNotesRepository implements PanacheRepositoryBase<CustomerNotes, UUID> {

    public Optional<CustomerNotes> of(UUID customerId) {
        return find("customerId", customerId).firstResultOptional();
    }

    /** Row-locked until the transaction ends, so two saves of the same version cannot both pass the check. */
    public Optional<CustomerNotes> lockedOf(UUID customerId) {
        return find("customerId", customerId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
