package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One entry of a worker's audit history (append-only); certificateId set for a certificate decision. */
@Entity
@Table(name = "worker_audit_decision")
public class WorkerAuditDecision {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "worker_id", nullable = false, updatable = false)
    public UUID workerId;

    @Column(name = "certificate_id", updatable = false)
    public UUID certificateId;

    /** SUBMITTED (by the worker), APPROVED, REJECTED or SUSPENDED. */
    @Column(nullable = false, updatable = false)
    public String decision;

    @Column(updatable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false, updatable = false)
    public String decidedBy;

    @Column(name = "decided_by_name", updatable = false)
    public String decidedByName;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;
}
