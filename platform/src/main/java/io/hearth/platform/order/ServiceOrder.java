package io.hearth.platform.order;

import io.hearth.platform.pricing.QuoteLine;
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

/**
 * An order for one service visit. Status and the fields that go with it change only through
 * {@link OrderTransitions#apply}; address fields are a snapshot taken at creation (personal parts encrypted).
 */
@Entity
@Table(name = "service_order")
public class ServiceOrder {

    /** How much of the price has come in. */
    public enum PaymentState {
        UNPAID, DEPOSIT_PAID, PAID
    }

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "order_no", nullable = false, updatable = false)
    public String orderNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "quote_id", nullable = false, updatable = false)
    public UUID quoteId;

    @Column(name = "item_id", updatable = false)
    public UUID itemId;

    @Column(name = "package_id", updatable = false)
    public UUID packageId;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    public int durationMinutes;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;

    @Column(name = "end_at", nullable = false)
    public Instant endAt;

    @Column(name = "worker_id")
    public UUID workerId;

    @Column(name = "customer_chose_worker", nullable = false, updatable = false)
    public boolean customerChoseWorker;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "contact_name", nullable = false, updatable = false)
    public String contactName;

    @Column(name = "contact_phone_enc", nullable = false, updatable = false)
    public String contactPhoneEnc;

    @Column(name = "contact_phone_hash", nullable = false, updatable = false)
    public String contactPhoneHash;

    @Column(name = "contact_phone_last4", nullable = false, updatable = false)
    public String contactPhoneLast4;

    @Column(nullable = false, updatable = false)
    public String district;

    @Column(updatable = false)
    public String community;

    @Column(updatable = false)
    public String building;

    @Column(updatable = false)
    public String unit;

    @Column(name = "room_enc", updatable = false)
    public String roomEnc;

    @Column(name = "detail_enc", nullable = false, updatable = false)
    public String detailEnc;

    @Column(name = "access_instructions_enc", updatable = false)
    public String accessInstructionsEnc;

    @Column(nullable = false, updatable = false)
    public double lat;

    @Column(nullable = false, updatable = false)
    public double lng;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public OrderDto.Requirements requirements;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "quote_lines", nullable = false, updatable = false)
    public List<QuoteLine> quoteLines;

    @Column(name = "total_fen", nullable = false, updatable = false)
    public long totalFen;

    @Column(name = "deposit_fen", nullable = false, updatable = false)
    public long depositFen;

    @Column(name = "paid_fen", nullable = false)
    public long paidFen;

    @Column(name = "refunded_fen", nullable = false)
    public long refundedFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_state", nullable = false)
    public PaymentState paymentState;

    @Column(name = "cancellation_fee_fen", nullable = false)
    public long cancellationFeeFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "payment_deadline")
    public Instant paymentDeadline;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "departed_at")
    public Instant departedAt;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "actual_minutes")
    public Integer actualMinutes;

    @Column(name = "work_notes")
    public String workNotes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "photo_file_ids", nullable = false)
    public List<UUID> photoFileIds = List.of();

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The recurring series this order is an occurrence of (1-based {@code occurrence}), or null. */
    @Column(name = "series_id", updatable = false)
    public UUID seriesId;

    @Column(updatable = false)
    public Integer occurrence;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Money received and kept: paid minus refunded. */
    public long netPaidFen() {
        return paidFen - refundedFen;
    }

    OrderStateMachine.Facts facts() {
        return new OrderStateMachine.Facts(workerId != null, confirmedAt != null);
    }
}
