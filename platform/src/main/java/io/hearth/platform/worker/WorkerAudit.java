package io.hearth.platform.worker;

import io.hearth.platform.events.Outbox;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Staff decisions on workers and their certificates, each recorded in the worker's history. */
@ApplicationScoped
@Transactional
public class WorkerAudit {

    /** The staff member deciding: token subject and display name. */
    public record Actor(String id, String name) {
    }

    @Inject
    Outbox outbox;

    @Inject
    WorkerRepository workers;

    @Inject
    io.hearth.platform.catalog.CatalogCache catalogCache;

    @Inject
    WorkerCertificateRepository certificates;

    @Inject
    WorkerAuditDecisionRepository decisions;

    @Inject
    WorkerLevelRepository levels;

    @Inject
    WorkerDirectory directory;

    /**
     * Approves a pending worker, or reinstates a suspended one. Approving a pending worker also
     * approves the certificates still pending: staff audit identity and certificates together. A
     * reinstatement leaves certificates as they are.
     */
    public WorkerDto.Detail approve(UUID id, Actor by, String note) {
        boolean firstApproval = workers.requireLocked(id).auditStatus == AuditStatus.PENDING;
        Worker w = transition(id, AuditStatus.APPROVED, by, note);
        if (firstApproval) {
            certificates.ofWorker(id).stream().filter(c -> c.auditState == CertificateAudit.PENDING).forEach(c -> {
                c.auditState = CertificateAudit.APPROVED;
                c.updatedAt = w.updatedAt;
            });
        }
        return directory.detail(id);
    }

    public WorkerDto.Detail reject(UUID id, Actor by, String reason) {
        transition(id, AuditStatus.REJECTED, by, reason);
        return directory.detail(id);
    }

    /** A suspended worker goes offline at once and cannot come back online until reinstated. */
    public WorkerDto.Detail suspend(UUID id, Actor by, String reason) {
        Worker w = transition(id, AuditStatus.SUSPENDED, by, reason);
        if (w.workStatus != WorkStatus.OFFLINE) {
            w.workStatus = WorkStatus.OFFLINE;
            outbox.emit(w.tenantId, "worker.offline", "worker", w.id, workerEvent(w, by.id(), reason));
        }
        return directory.detail(id);
    }

    public WorkerDto.Certificate decideCertificate(UUID workerId, UUID certificateId, Actor by,
            WorkerDto.CertificateDecisionInput in) {
        workers.requireLocked(workerId);
        WorkerCertificate c = certificates.requireOf(workerId, certificateId);
        if (in.decision() == CertificateAudit.PENDING) {
            throw new ApiException(422, "worker-certificate-decision");
        }
        if (in.decision() == CertificateAudit.REJECTED && (in.reason() == null || in.reason().isBlank())) {
            throw new ApiException(422, "worker-reason-required");
        }
        c.auditState = in.decision();
        c.updatedAt = Instant.now();
        decisions.persist(decision(workerId, certificateId, in.decision().name(), in.reason(), by.id(), by.name()));
        return WorkerDto.Certificate.of(c);
    }

    public WorkerDto.Detail setLevel(UUID id, UUID levelId) {
        Worker w = workers.require(id);
        w.levelId = levelId == null ? null : levels.require(levelId).id;
        w.updatedAt = Instant.now();
        return directory.detail(id);
    }

    public List<WorkerDto.Decision> history(UUID id) {
        workers.require(id);
        return decisions.historyOf(id).stream().map(WorkerDto.Decision::of).toList();
    }

    private Worker transition(UUID id, AuditStatus next, Actor by, String reason) {
        Worker w = workers.requireLocked(id);
        if (!w.auditStatus.canBecome(next)) {
            throw ApiException.conflict("worker-audit-transition", w.auditStatus, next);
        }
        w.auditStatus = next;
        w.updatedAt = Instant.now();
        // approved workers' names feed the customer keyword search (WorkerKeywordSource)
        catalogCache.invalidateAfterCommit(TenantContext.require());
        decisions.persist(decision(id, null, next.name(), reason, by.id(), by.name()));
        outbox.emit(w.tenantId, "worker." + next.name().toLowerCase(java.util.Locale.ROOT), "worker", w.id,
                workerEvent(w, by.id(), reason));
        return w;
    }

    static java.util.Map<String, Object> workerEvent(Worker w, String by, String reason) {
        java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
        e.put("workerId", w.id);
        e.put("auditStatus", w.auditStatus.name());
        e.put("workStatus", w.workStatus.name());
        e.put("by", by);
        e.put("reason", reason);
        return e;
    }

    static WorkerAuditDecision decision(UUID workerId, UUID certificateId, String decision, String reason, String byId,
            String byName) {
        WorkerAuditDecision d = new WorkerAuditDecision();
        d.id = UUID.randomUUID();
        d.workerId = workerId;
        d.certificateId = certificateId;
        d.decision = decision;
        d.reason = reason == null || reason.isBlank() ? null : reason.strip();
        d.decidedBy = byId;
        d.decidedByName = byName;
        d.decidedAt = Instant.now();
        return d;
    }
}
