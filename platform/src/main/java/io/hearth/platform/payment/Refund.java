package io.hearth.platform.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The part of a {@link RefundRequest} taken from one payment, as sent to its provider. See {@link RefundStatus}. */
@Entity
@Table(name = "refund")
public class Refund {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    public UUID paymentId;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    public long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundStatus status;

    @Column(name = "out_refund_no", nullable = false, updatable = false)
    public String outRefundNo;

    @Column(name = "provider_refund_id")
    public String providerRefundId;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "succeeded_at")
    public Instant succeededAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
