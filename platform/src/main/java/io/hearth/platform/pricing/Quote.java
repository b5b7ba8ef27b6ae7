package io.hearth.platform.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A price offered to a customer for one booking; an order is made from exactly one quote. */
@Entity
@Table(name = "quote")
public class Quote {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "item_id", updatable = false)
    public UUID itemId;

    @Column(name = "package_id", updatable = false)
    public UUID packageId;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    public int durationMinutes;

    @Column(name = "start_at", nullable = false, updatable = false)
    public Instant startAt;

    @Column(name = "end_at", nullable = false, updatable = false)
    public Instant endAt;

    /** The chosen worker, or null for "any worker". */
    @Column(name = "worker_id", updatable = false)
    public UUID workerId;

    @Column(name = "address_id", nullable = false, updatable = false)
    public UUID addressId;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "coupon_code", updatable = false)
    public String couponCode;

    @Column(name = "points_used", nullable = false, updatable = false)
    public long pointsUsed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<QuoteLine> lines;

    @Column(name = "subtotal_fen", nullable = false, updatable = false)
    public long subtotalFen;

    @Column(name = "discount_fen", nullable = false, updatable = false)
    public long discountFen;

    @Column(name = "total_fen", nullable = false, updatable = false)
    public long totalFen;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    /** Set once, when an order is created from this quote. */
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The tenant's zone when the quote was made (start/end are shown in it); null: use the tenant's zone. */
    @Column(name = "time_zone", updatable = false)
    public String timeZone;

    /** The version of the tenant's pricing rules the quote was priced with (0: the defaults). */
    @Column(name = "rules_version", nullable = false, updatable = false)
    public int rulesVersion;
}
