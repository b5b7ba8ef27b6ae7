package io.hearth.platform.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One staff action on a tenant's record. Written in the transaction of the action it describes; never updated. */
@Entity
@Table(name = "tenant_audit")
public class TenantAuditEntry {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "actor_sub", nullable = false, updatable = false)
    public String actorSub;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "target_type", nullable = false, updatable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    public String targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String after;
}
