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

/** Money asked for one stage of an order, through one provider. See {@link PaymentStatus}. */
@Entity
@Table(name = "payment")
public class Payment {

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
    public PaymentStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProviderCode provider;

    @Column(name = "out_trade_no", nullable = false, updatable = false)
    public String outTradeNo;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    public long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(name = "provider_transaction_id")
    public String providerTransactionId;

    @Column(name = "received_fen")
    public Long receivedFen;

    @Column(name = "order_rejected", nullable = false)
    public boolean orderRejected;

    @Column(name = "refunded_fen", nullable = false)
    public long refundedFen;

    @Column(name = "refund_pending_fen", nullable = false)
    public long refundPendingFen;

    @Column(name = "prepay_id")
    public String prepayId;

    @Column(name = "prepay_expires_at")
    public Instant prepayExpiresAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** What may still be refunded: received, minus refunded, minus refunds under way. */
    public long refundableFen() {
        return status.holdsMoney() ? amountFen - refundedFen - refundPendingFen : 0;
    }

    public boolean prepaidUntil(Instant now) {
        return prepayId != null && (prepayExpiresAt == null || prepayExpiresAt.isAfter(now));
    }
}
