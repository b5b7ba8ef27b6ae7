package io.hearth.platform.favourite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "customer_favourite")
public class Favourite {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "worker_id", updatable = false)
    public UUID workerId;

    @Column(name = "service_item_id", updatable = false)
    public UUID serviceItemId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
