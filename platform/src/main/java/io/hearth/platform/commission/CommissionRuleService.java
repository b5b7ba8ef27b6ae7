package io.hearth.platform.commission;

import io.hearth.platform.plan.PlanService;
import io.hearth.platform.shared.audit.PlatformAuditLog;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class CommissionRuleService implements PanacheRepositoryBase<CommissionRule, UUID> {

    @Inject
    PlatformAuditLog audit;

    @Inject
    PlanService plans;

    @Inject
    SecurityIdentity identity;

    public CommissionRuleDto.View create(CommissionRuleDto.Create in) {
        if (in.maxFeeFen() != null && in.maxFeeFen() < in.minFeeFen()) {
            throw new ApiException(422, "commission-max-below-min", in.maxFeeFen(), in.minFeeFen());
        }
        if (in.planId() != null) {
            plans.require(in.planId());
        }
        boolean taken = find("tenantType = :type and planId is not distinct from :plan"
                + " and serviceCategoryCode is not distinct from :category and effectiveFrom = :from",
                Parameters.with("type", in.tenantType()).and("plan", in.planId()).and("category", in.serviceCategoryCode())
                        .and("from", in.effectiveFrom()))
                .count() > 0;
        if (taken) {
            throw ApiException.conflict("commission-rule-exists", in.effectiveFrom());
        }
        CommissionRule r = new CommissionRule();
        r.id = UUID.randomUUID();
        r.tenantType = in.tenantType();
        r.planId = in.planId();
        r.serviceCategoryCode = in.serviceCategoryCode();
        r.rateBp = in.rateBp();
        r.minFeeFen = in.minFeeFen();
        r.maxFeeFen = in.maxFeeFen();
        r.effectiveFrom = in.effectiveFrom();
        r.note = in.note();
        r.createdAt = Instant.now();
        r.createdBy = identity.getPrincipal().getName();
        persist(r);
        CommissionRuleDto.View view = CommissionRuleDto.View.of(r);
        audit.record("commission-rule.create", "commission-rule", r.id, null, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommissionRuleDto.View get(UUID id) {
        return findByIdOptional(id).map(CommissionRuleDto.View::of)
                .orElseThrow(() -> ApiException.notFound("Commission rule", id));
    }

    /** Every rule of the filtered scopes, newest start date first: the full history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommissionRuleDto.View> history(TenantType type, UUID planId, String category) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (type != null) {
            where.add("tenantType = :type");
            p.and("type", type);
        }
        if (planId != null) {
            where.add("planId = :plan");
            p.and("plan", planId);
        }
        if (category != null) {
            where.add("serviceCategoryCode = :category");
            p.and("category", category);
        }
        String order = " order by effectiveFrom desc, createdAt desc";
        String hql = where.isEmpty() ? order.trim() : String.join(" and ", where) + order;
        return find(hql, p).list().stream().map(CommissionRuleDto.View::of).toList();
    }

    /**
     * The rule in force on a date: among rules already started, the most specific scope wins
     * (plan + category, then category, then plan, then the tenant type alone), then the latest start.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommissionRule> effective(TenantType type, UUID planId, String category, LocalDate on) {
        List<CommissionRule> candidates = find("tenantType = ?1 and effectiveFrom <= ?2", type, on).list();
        return candidates.stream()
                .filter(r -> r.planId == null || r.planId.equals(planId))
                .filter(r -> r.serviceCategoryCode == null || Objects.equals(r.serviceCategoryCode, category))
                .max(Comparator.comparingInt(CommissionRuleService::specificity)
                        .thenComparing(r -> r.effectiveFrom)
                        .thenComparing(r -> r.createdAt));
    }

    private static int specificity(CommissionRule r) {
        return (r.serviceCategoryCode != null ? 2 : 0) + (r.planId != null ? 1 : 0);
    }
}
