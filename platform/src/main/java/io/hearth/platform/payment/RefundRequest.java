package io.hearth.platform.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** What someone asked to be refunded of an order, once per idempotency key; carried out by {@link Refund}s. */
@Entity
@Table(name = "refund_request")
public class RefundRequest {

    public enum Initiator {
        STAFF, ORDER, AUTOMATIC
    }

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    public long amountFen;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false, updatable = false)
    public Initiator initiatedBy;

    @Column(name = "requested_by", updatable = false)
    public String requestedBy;

    @Column(name = "notify_order", nullable = false, updatable = false)
    public boolean notifyOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
