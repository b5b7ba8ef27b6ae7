package io.hearth.platform.marketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One change of a customer's points; the balance is the sum. Entries are never changed or deleted. */
@Entity
@Table(name = "points_ledger")
public class PointsEntry {

    /** Points paid for an order (negative). */
    public static final String ORDER_SPEND = "ORDER_SPEND";
    /** Those points given back when the order was cancelled (positive). */
    public static final String ORDER_RESTORE = "ORDER_RESTORE";

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public long delta;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "order_id", updatable = false)
    public UUID orderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
