package io.hearth.platform.order.recurring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A recurring booking; its occurrences are orders ({@code service_order.series_id}). */
@Entity
@Table(name = "order_series")
public class OrderSeries {

    public enum Status {
        ACTIVE, CANCELLED
    }

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Frequency frequency;

    @Column(name = "first_start", nullable = false, updatable = false)
    public Instant firstStart;

    @Column(name = "time_zone", nullable = false, updatable = false)
    public String timeZone;

    @Column(name = "occurrence_count", updatable = false)
    public Integer count;

    @Column(name = "until_date", updatable = false)
    public LocalDate until;

    @Column(name = "item_id", updatable = false)
    public UUID itemId;

    @Column(name = "package_id", updatable = false)
    public UUID packageId;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(name = "worker_id", updatable = false)
    public UUID workerId;

    @Column(name = "address_id", nullable = false, updatable = false)
    public UUID addressId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;
}
