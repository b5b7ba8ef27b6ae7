package io.hearth.platform.worker;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** What customers of a tenant may see of its approved workers. */
@ApplicationScoped
public class PublicWorkerProfiles {

    @Inject
    WorkerRepository workers;

    @Inject
    WorkerSkillRepository skills;

    @Inject
    WorkerEligibilityCheck eligibility;

    /** Anonymous calls: the tenant comes from the named tenant, set here for the read. */
    public WorkerDto.PublicProfile profile(TenantRef tenant, UUID id) {
        return TenantContext.call(tenant.id(), () -> QuarkusTransaction.joiningExisting().call(() -> {
            Worker w = workers.byId(id).filter(x -> x.auditStatus == AuditStatus.APPROVED)
                    .orElseThrow(() -> ApiException.notFound("Worker", id));
            Integer age = w.birthYear == null ? null : eligibility.today().getYear() - w.birthYear;
            return new WorkerDto.PublicProfile(w.id, w.photoFileId, CustomaryName.of(w.displayName, w.gender), age,
                    w.gender, w.experienceYears, skills.ofWorker(id), WorkerDto.Rating.of(w), w.ordersServed);
        }));
    }

    /**
     * The best-rated approved workers, then the most experienced in orders: for "recommended for
     * you" when nothing better is known. Current tenant.
     */
    public java.util.List<WorkerDto.PublicProfile> topRated(TenantRef tenant, int limit, java.util.Set<UUID> exclude) {
        return TenantContext.call(tenant.id(), () -> QuarkusTransaction.joiningExisting().call(() -> workers
                .find("auditStatus = ?1 order by (ratingAttitudeX100 + ratingEfficiencyX100 + ratingQualityX100"
                        + " + ratingPunctualityX100) desc, ordersServed desc, id", AuditStatus.APPROVED)
                .page(0, limit + exclude.size()).list().stream()
                .filter(w -> !exclude.contains(w.id))
                .limit(limit)
                .map(w -> profile(tenant, w.id))
                .toList()));
    }
}
