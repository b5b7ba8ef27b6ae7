package io.hearth.platform.plan;

import io.hearth.platform.shared.audit.PlatformAuditLog;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PlanService implements PanacheRepositoryBase<Plan, UUID> {

    @Inject
    PlatformAuditLog audit;

    public PlanDto.View create(PlanDto.Create in) {
        if (count("code", in.code()) > 0) {
            throw ApiException.conflict("plan-code-taken", in.code());
        }
        Plan p = new Plan();
        p.id = UUID.randomUUID();
        p.code = in.code();
        p.name = in.name();
        p.maxWorkers = in.maxWorkers();
        p.maxStaffAccounts = in.maxStaffAccounts();
        p.monthlyPriceFen = in.monthlyPriceFen();
        p.active = true;
        p.createdAt = p.updatedAt = Instant.now();
        persist(p);
        PlanDto.View view = PlanDto.View.of(p);
        audit.record("plan.create", "plan", p.id, null, view);
        return view;
    }

    public PlanDto.View update(UUID id, PlanDto.Update in) {
        Plan p = require(id);
        PlanDto.View before = PlanDto.View.of(p);
        p.name = in.name();
        p.maxWorkers = in.maxWorkers();
        p.maxStaffAccounts = in.maxStaffAccounts();
        p.monthlyPriceFen = in.monthlyPriceFen();
        p.active = in.active();
        p.updatedAt = Instant.now();
        PlanDto.View after = PlanDto.View.of(p);
        audit.record("plan.update", "plan", id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDto.View get(UUID id) {
        return PlanDto.View.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanDto.View> list() {
        return listAll(io.quarkus.panache.common.Sort.by("monthlyPriceFen").and("code")).stream().map(PlanDto.View::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Plan", id));
    }
}
