package io.hearth.platform.dispatch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A customer's complaint about one of their orders; customer service handles and closes it. */
@Entity
@Table(name = "order_complaint")
public class OrderComplaint {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ComplaintCategory category;

    @Column(nullable = false, updatable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "photo_file_ids", nullable = false, updatable = false)
    public List<UUID> photoFileIds = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "handled_at")
    public Instant handledAt;

    public String resolution;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;
}
