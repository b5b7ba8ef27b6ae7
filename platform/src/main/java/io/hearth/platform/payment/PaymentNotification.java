package io.hearth.platform.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One notification received from a provider, kept for audit whether or not it verified. A platform-level record:
 * {@code tenantId} is a plain column, null when the notification could not be tied to a tenant.
 */
@Entity
@Table(name = "payment_notification")
public class PaymentNotification {

    public enum Kind {
        PAYMENT, REFUND
    }

    @Id
    public UUID id;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProviderCode provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "tenant_id", updatable = false)
    public UUID tenantId;

    @Column(name = "payment_id", updatable = false)
    public UUID paymentId;

    @Column(name = "refund_id", updatable = false)
    public UUID refundId;

    @Column(name = "out_trade_no", updatable = false)
    public String outTradeNo;

    @Column(name = "out_refund_no", updatable = false)
    public String outRefundNo;

    @Column(name = "provider_transaction_id", updatable = false)
    public String providerTransactionId;

    @Column(name = "amount_fen", updatable = false)
    public Long amountFen;

    @Column(nullable = false, updatable = false)
    public boolean verified;

    @Column(nullable = false, updatable = false)
    public String outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Object> summary;
}
