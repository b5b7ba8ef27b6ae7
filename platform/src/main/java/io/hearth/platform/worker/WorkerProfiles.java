package io.hearth.platform.worker;

import io.hearth.platform.events.Outbox;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signed-in worker's own profile, skills, work status and audit (current tenant). */
@ApplicationScoped
@Transactional
public class WorkerProfiles {

    static final int MIN_AGE = 16;
    static final int MAX_AGE = 80;

    @Inject
    Outbox outbox;

    @Inject
    WorkerRepository workers;

    @Inject
    WorkerSkillRepository skills;

    @Inject
    WorkerAuditDecisionRepository decisions;

    @Inject
    WorkerEligibilityCheck eligibility;

    @Inject
    WorkerViews views;

    @Inject
    FieldCipher cipher;

    @Inject
    SkillCatalog catalog;

    @Inject
    io.hearth.platform.catalog.CatalogCache catalogCache;

    public WorkerDto.OwnProfile profile(UUID me) {
        return views.own(workers.require(me));
    }

    /** Registers or updates the profile; every check runs before the first write. */
    public WorkerDto.OwnProfile submit(UUID me, WorkerDto.ProfileInput in) {
        Worker w = workers.requireLocked(me);
        int year = eligibility.today().getYear();
        if (in.birthYear() > year - MIN_AGE || in.birthYear() < year - MAX_AGE) {
            throw new ApiException(422, "worker-birth-year", String.valueOf(in.birthYear()), String.valueOf(year - MAX_AGE),
                    String.valueOf(year - MIN_AGE));
        }
        String idNumber = in.idNumber() == null ? null : in.idNumber().toUpperCase(Locale.ROOT);
        if (idNumber == null && w.idNumberEnc == null) {
            throw new ApiException(422, "worker-id-number-required");
        }
        String idHash = idNumber == null ? w.idNumberHash : cipher.blindIndex(idNumber);
        workers.byIdNumberHash(idHash).filter(other -> !other.id.equals(me)).ifPresent(other -> {
            throw ApiException.conflict("worker-id-number-taken");
        });
        Set<UUID> skillIds = new LinkedHashSet<>(in.skillIds());
        requireKnownSkills(skillIds);

        catalogCache.invalidateAfterCommit(TenantContext.require());
        boolean idChanged = !idHash.equals(w.idNumberHash);
        w.displayName = in.displayName().strip();
        w.gender = in.gender();
        w.birthYear = in.birthYear();
        w.photoFileId = in.photoFileId();
        w.experienceYears = in.experienceYears();
        w.introduction = in.introduction();
        w.homeLat = in.homeLat();
        w.homeLng = in.homeLng();
        w.serviceRadiusKm = in.serviceRadiusKm();
        if (idChanged) {
            w.idNumberEnc = cipher.encrypt(idNumber);
            w.idNumberHash = idHash;
            w.idNumberLast4 = idNumber.substring(idNumber.length() - 4);
        }
        // New, rejected, or an approved worker with another identity: (back) into the audit queue.
        boolean reopen = w.auditStatus == AuditStatus.REGISTERING || w.auditStatus == AuditStatus.REJECTED
                || (w.auditStatus == AuditStatus.APPROVED && idChanged);
        if (reopen) {
            w.auditStatus = AuditStatus.PENDING;
            w.workStatus = WorkStatus.OFFLINE;
            w.submittedAt = Instant.now();
            decisions.persist(WorkerAudit.decision(w.id, null, "SUBMITTED", null, me.toString(), w.displayName));
        }
        w.updatedAt = Instant.now();
        skills.replace(me, skillIds);
        return views.own(w);
    }

    public WorkerDto.OwnProfile setStatus(UUID me, WorkStatus status) {
        Worker w = workers.requireLocked(me);
        if (status == WorkStatus.BUSY) {
            throw new ApiException(422, "worker-status-busy");
        }
        if (status == WorkStatus.ONLINE) {
            WorkerEligibility.Verdict verdict = eligibility.of(w);
            if (!verdict.eligible()) {
                throw new ApiException(422, "worker-not-eligible", String.join("; ", verdict.reasons()));
            }
        }
        WorkStatus before = w.workStatus;
        w.workStatus = status;
        w.updatedAt = Instant.now();
        if (before != status) {
            outbox.emit(w.tenantId, "worker." + status.name().toLowerCase(java.util.Locale.ROOT), "worker", w.id,
                    WorkerAudit.workerEvent(w, me.toString(), null));
        }
        return views.own(w);
    }

    public WorkerDto.AuditView audit(UUID me) {
        Worker w = workers.require(me);
        return new WorkerDto.AuditView(w.auditStatus, w.workStatus, WorkerDto.Eligibility.of(eligibility.of(w)),
                decisions.historyOf(me).stream().map(WorkerDto.Decision::of).toList());
    }

    private void requireKnownSkills(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> known = catalog.existing(ids);
        String unknown = ids.stream().filter(id -> !known.contains(id)).map(UUID::toString)
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new ApiException(422, "worker-skills-unknown", unknown);
        }
    }
}
