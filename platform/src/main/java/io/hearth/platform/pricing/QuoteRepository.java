package io.hearth.platform.pricing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, UUID> {

    public Optional<Quote> customers(UUID customerId, UUID id) {
        return find("id = ?1 and customerId = ?2", id, customerId).firstResultOptional();
    }
}
