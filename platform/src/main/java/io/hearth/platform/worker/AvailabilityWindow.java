package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A weekly window [startMinute, endMinute) on an ISO weekday, in the tenant's time zone. */
@Entity
@Table(name = "availability_window")
public class AvailabilityWindow {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "worker_id", nullable = false, updatable = false)
    public UUID workerId;

    @Column(nullable = false)
    public int weekday;

    @Column(name = "start_minute", nullable = false)
    public int startMinute;

    @Column(name = "end_minute", nullable = false)
    public int endMinute;
}
