package io.hearth.platform.pricing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class TenantHolidayRepository implements PanacheRepositoryBase<TenantHoliday, UUID> {

    public Optional<TenantHoliday> on(LocalDate date) {
        return find("onDate", date).firstResultOptional();
    }

    /** Holidays in {@code [from, until)}, by date. */
    public List<TenantHoliday> between(LocalDate from, LocalDate until) {
        return find("onDate >= ?1 and onDate < ?2", Sort.by("onDate"), from, until).list();
    }
}
