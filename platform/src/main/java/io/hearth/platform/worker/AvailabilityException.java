package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A dated change to the week: a day (or hours) off, or extra hours. No range on DAY_OFF = whole day. */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "worker_id", nullable = false, updatable = false)
    public UUID workerId;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExceptionKind kind;

    @Column(name = "start_minute")
    public Integer startMinute;

    @Column(name = "end_minute")
    public Integer endMinute;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
