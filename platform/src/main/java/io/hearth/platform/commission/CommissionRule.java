package io.hearth.platform.commission;

import io.hearth.platform.tenant.TenantType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The platform's commission for a scope (tenant type, optionally a plan and a service category)
 * from a date on. Never edited: a new rule for the same scope with a later date supersedes it.
 */
@Entity
@Immutable
@Table(name = "commission_rule")
public class CommissionRule {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "tenant_type", nullable = false)
    public TenantType tenantType;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "service_category_code")
    public String serviceCategoryCode;

    @Column(name = "rate_bp", nullable = false)
    public int rateBp;

    @Column(name = "min_fee_fen", nullable = false)
    public long minFeeFen;

    @Column(name = "max_fee_fen")
    public Long maxFeeFen;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public CommissionFee fee() {
        return new CommissionFee(rateBp, minFeeFen, maxFeeFen);
    }
}
