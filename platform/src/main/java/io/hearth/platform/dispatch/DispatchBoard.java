package io.hearth.platform.dispatch;

import io.hearth.platform.order.ServiceOrder;
import io.hearth.platform.order.ServiceOrderRepository;
import io.hearth.platform.shared.crypto.Masking;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the dispatch board reads (current tenant): ranked candidates of an order, grab rounds, orders by state. */
@ApplicationScoped
@Transactional
public class DispatchBoard {

    @Inject
    ServiceOrderRepository orders;

    @Inject
    DispatchCandidates candidates;

    @Inject
    GrabOffers offers;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** 404 for an order of another tenant. */
    public DispatchDto.Candidates candidates(UUID orderId) {
        ServiceOrder order = orders.byId(orderId).orElseThrow(() -> ApiException.notFound("Order", orderId));
        TenantSettings.DispatchRules rules = tenantSettings.of(TenantContext.require()).settings().dispatchRules();
        int radius = Math.max(rules.radiusKm(), rules.fallbackRadiusKm());
        DispatchCandidates.Evaluation e = candidates.near(order, rules, radius, clock.instant());
        List<DispatchDto.Candidate> list = new ArrayList<>();
        int rank = 1;
        for (DispatchCandidates.Candidate c : e.eligible()) {
            DispatchScore.Scored s = c.scored();
            list.add(new DispatchDto.Candidate(rank++, c.workerId(), c.displayName(),
                    c.phoneLast4() == null ? null : Masking.phoneFromLast4(c.phoneLast4()), s.facts().distanceMeters(),
                    s.points(), s.parts(), s.facts().openOrders(), s.facts().favourite()));
        }
        return new DispatchDto.Candidates(orderId, radius, list, e.excluded());
    }

    public List<DispatchDto.Offer> offers(String state, int limit) {
        GrabOffers.State s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = GrabOffers.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "dispatch-filter-invalid", "state", state);
            }
        }
        return offers.board(s, limit).stream().map(DispatchDto.Offer::of).toList();
    }

    public List<DispatchDto.OrderState> orders(String state, int limit) {
        DispatchStates.State s;
        try {
            s = DispatchStates.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "dispatch-filter-invalid", "state", state);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select d.order_id, o.order_no, o.start_at, d.state, d.reason, d.updated_at"
                + " from dispatch_order d join service_order o on o.tenant_id = d.tenant_id and o.id = d.order_id"
                + " where d.tenant_id = cast(:t as uuid) and d.state = :s order by d.updated_at desc, d.order_id limit :n",
                Tuple.class).setParameter("t", TenantContext.require().toString()).setParameter("s", s.name())
                .setParameter("n", limit).getResultList();
        return rows.stream().map(r -> new DispatchDto.OrderState(r.get(0, UUID.class), r.get(1, String.class),
                GrabOffers.instant(r.get(2)), r.get(3, String.class), r.get(4, String.class),
                GrabOffers.instant(r.get(5)))).toList();
    }
}
