package io.hearth.platform.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A date of the tenant's holiday calendar (one per date). */
@Entity
@Table(name = "tenant_holiday")
public class TenantHoliday {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    // A generated id, not the date: Hibernate updates and deletes an entity by its id alone, and the same date
    // exists in many tenants.
    @Id
    public UUID id;

    @Column(name = "on_date", nullable = false, updatable = false)
    public LocalDate onDate;

    @Column(nullable = false)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
