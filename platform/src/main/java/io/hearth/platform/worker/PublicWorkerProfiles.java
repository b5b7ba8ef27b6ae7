package io.hearth.platform.worker;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            return view(w, skills.ofWorker(id), eligibility.today().getYear());
        }));
    }

    /**
     * The best-rated approved workers, then the most experienced in orders: for "recommended for
     * you" when nothing better is known. Two queries whatever the limit.
     */
    public List<WorkerDto.PublicProfile> topRated(TenantRef tenant, int limit, Set<UUID> exclude) {
        return TenantContext.call(tenant.id(), () -> QuarkusTransaction.joiningExisting().call(() -> {
            String notExcluded = exclude.isEmpty() ? "" : " and id not in ?2";
            String hql = "auditStatus = ?1" + notExcluded + " order by (ratingAttitudeX100 + ratingEfficiencyX100"
                    + " + ratingQualityX100 + ratingPunctualityX100) desc, ordersServed desc, id";
            List<Worker> best = (exclude.isEmpty() ? workers.find(hql, AuditStatus.APPROVED)
                    : workers.find(hql, AuditStatus.APPROVED, exclude)).page(0, limit).list();
            Map<UUID, List<UUID>> skillsOf = skills.ofWorkers(best.stream().map(w -> w.id).toList());
            int year = eligibility.today().getYear();
            return best.stream().map(w -> view(w, skillsOf.getOrDefault(w.id, List.of()), year)).toList();
        }));
    }

    private static WorkerDto.PublicProfile view(Worker w, List<UUID> skillIds, int currentYear) {
        Integer age = w.birthYear == null ? null : currentYear - w.birthYear;
        return new WorkerDto.PublicProfile(w.id, w.photoFileId, CustomaryName.of(w.displayName, w.gender), age,
                w.gender, w.experienceYears, skillIds, WorkerDto.Rating.of(w), w.ordersServed);
    }
}
