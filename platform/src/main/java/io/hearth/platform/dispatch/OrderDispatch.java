package io.hearth.platform.dispatch;

import io.hearth.platform.booking.WorkerBookings;
import io.hearth.platform.catalog.CatalogService;
import io.hearth.platform.catalog.PackageService;
import io.hearth.platform.order.Actor;
import io.hearth.platform.order.OrderAction;
import io.hearth.platform.order.OrderStatus;
import io.hearth.platform.order.OrderTransitions;
import io.hearth.platform.order.ServiceOrder;
import io.hearth.platform.order.ServiceOrderRepository;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Dispatches an order of the current tenant that waits without a worker (PENDING_DISPATCH), by the tenant's mode
 * (DESIGN.md §6): AUTO assigns the best-scored candidate at once (they still accept or decline); GRAB opens a round
 * of offers that {@link OfferCloser} decides; MANUAL, or nobody found within the radius and then the fallback radius,
 * leaves it to the dispatchers ({@code dispatch.manual-needed} to staff, state MANUAL_NEEDED). Every change goes
 * through {@link OrderTransitions} in the caller's transaction; the order row is locked before any booking.
 */
@ApplicationScoped
public class OrderDispatch {

    @Inject
    ServiceOrderRepository orders;

    @Inject
    OrderTransitions transitions;

    @Inject
    WorkerBookings bookings;

    @Inject
    DispatchCandidates candidates;

    @Inject
    GrabOffers offers;

    @Inject
    DispatchStates states;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    RealtimeBus bus;

    @Inject
    CatalogService catalog;

    @Inject
    PackageService packages;

    /** Does nothing unless the order waits for a worker and no round is open for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatch(UUID orderId, Instant now) {
        Optional<ServiceOrder> found = orders.lockedById(orderId);
        if (found.isEmpty() || !waiting(found.get()) || offers.openOf(orderId).isPresent()) {
            return;
        }
        ServiceOrder order = found.get();
        TenantSettings s = tenantSettings.of(TenantContext.require()).settings();
        TenantSettings.DispatchRules rules = s.dispatchRules();
        switch (s.dispatchMode()) {
            case MANUAL -> manualNeeded(order, "MODE_MANUAL", now);
            case AUTO -> {
                if (!auto(order, rules, rules.radiusKm(), now) && !auto(order, rules, rules.fallbackRadiusKm(), now)) {
                    manualNeeded(order, "NO_CANDIDATE", now);
                }
            }
            case GRAB -> {
                if (!offer(order, rules, false, rules.radiusKm(), s.grabWindowSeconds(), now)
                        && !offer(order, rules, true, rules.fallbackRadiusKm(), rules.fallbackTimeoutSeconds(), now)) {
                    manualNeeded(order, "NO_CANDIDATE", now);
                }
            }
        }
    }

    static boolean waiting(ServiceOrder o) {
        return o.status == OrderStatus.PENDING_DISPATCH && o.workerId == null;
    }

    /** The best candidate who can still be booked gets the order (assigned; they accept next). */
    private boolean auto(ServiceOrder order, TenantSettings.DispatchRules rules, int radiusKm, Instant now) {
        for (DispatchCandidates.Candidate c : candidates.near(order, rules, radiusKm, now).eligible()) {
            if (!bookings.tryReserve(c.workerId(), order.startAt, order.endAt, order.id)) {
                continue;
            }
            transitions.apply(order.id, OrderAction.ASSIGN, Actor.SYSTEM, "auto dispatch", (o, to, at) -> {
                o.workerId = c.workerId();
                o.acceptedAt = null;
                Map<String, Object> details = scoreDetails(c.scored());
                details.put("toWorkerId", c.workerId().toString());
                details.put("radiusKm", radiusKm);
                return details;
            }, now);
            states.set(order.id, DispatchStates.State.ASSIGNED, "AUTO", now);
            UUID tenant = TenantContext.require();
            Map<String, Object> push = notice(order);
            push.put("workerId", c.workerId());
            bus.publish(Audience.worker(tenant, c.workerId()), "dispatch.assigned", push);
            bus.publish(Audience.staff(tenant), "dispatch.assigned", push);
            return true;
        }
        return false;
    }

    /** Opens a grab round for the best {@code offerLimit} candidates; false when there are none. */
    boolean offer(ServiceOrder order, TenantSettings.DispatchRules rules, boolean fallback, int radiusKm,
            int windowSeconds, Instant now) {
        List<DispatchCandidates.Candidate> eligible = candidates.near(order, rules, radiusKm, now).eligible();
        if (eligible.isEmpty()) {
            return false;
        }
        List<DispatchCandidates.Candidate> recipients = eligible.subList(0, Math.min(eligible.size(), rules.offerLimit()));
        UUID id = offers.open(order, summary(order), fallback, radiusKm, windowSeconds, recipients, now);
        states.set(order.id, DispatchStates.State.OFFERED, fallback ? "FALLBACK" : null, now);
        Map<String, Object> push = notice(order);
        push.put("offerId", id);
        push.put("recipients", recipients.size());
        push.put("fallback", fallback);
        bus.publish(Audience.staff(TenantContext.require()), "dispatch.offered", push);
        return true;
    }

    /**
     * Awards the round to the best-scored grabber who is still eligible and can be booked: the order moves to
     * ACCEPTED by them (GRAB) and the round to AWARDED, both conditional (the caller holds the round's row lock and
     * the order's). Answers the winner, or empty when no grabber could take it.
     */
    Optional<UUID> award(ServiceOrder order, UUID offerId, TenantSettings.DispatchRules rules, int radiusKm,
            Map<UUID, Long> grabbers, Instant now) {
        for (DispatchCandidates.Candidate c : candidates.evaluate(order, rules, radiusKm, grabbers).eligible()) {
            if (!bookings.tryReserve(c.workerId(), order.startAt, order.endAt, order.id)) {
                continue;
            }
            if (!offers.markAwarded(offerId, c.workerId(), now)) {
                throw new IllegalStateException("Offer " + offerId + " was decided meanwhile");
            }
            transitions.apply(order.id, OrderAction.GRAB, Actor.SYSTEM, null, (o, to, at) -> {
                o.workerId = c.workerId();
                Map<String, Object> details = scoreDetails(c.scored());
                details.put("offerId", offerId.toString());
                details.put("grabbers", grabbers.size());
                return details;
            }, now);
            states.set(order.id, DispatchStates.State.ASSIGNED, "GRAB", now);
            return Optional.of(c.workerId());
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void manualNeeded(ServiceOrder order, String reason, Instant now) {
        states.set(order.id, DispatchStates.State.MANUAL_NEEDED, reason, now);
        Map<String, Object> push = notice(order);
        push.put("reason", reason);
        bus.publish(Audience.staff(TenantContext.require()), "dispatch.manual-needed", push);
    }

    static Map<String, Object> scoreDetails(DispatchScore.Scored s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("score", s.points());
        d.put("distanceMeters", s.facts().distanceMeters());
        DispatchScore.Parts p = s.parts();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("rating", p.rating());
        parts.put("distance", p.distance());
        parts.put("completion", p.completion());
        parts.put("load", p.load());
        parts.put("level", p.level());
        parts.put("favourite", p.favourite());
        d.put("parts", parts);
        return d;
    }

    static Map<String, Object> notice(ServiceOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", o.id);
        m.put("orderNo", o.orderNo);
        m.put("startAt", o.startAt);
        return m;
    }

    /** What a worker is shown of an order before they have it: never the full address. */
    Map<String, Object> summary(ServiceOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderNo", o.orderNo);
        m.put("cityCode", o.cityCode);
        m.put("district", o.district);
        m.put("community", o.community);
        m.put("startAt", o.startAt.toString());
        m.put("endAt", o.endAt.toString());
        m.put("durationMinutes", o.durationMinutes);
        m.put("itemNames", names(o));
        m.put("totalFen", o.totalFen);
        return m;
    }

    private Map<String, String> names(ServiceOrder o) {
        Map<String, String> names = new TreeMap<>();
        if (o.itemId != null) {
            catalog.get(o.itemId).texts().forEach((locale, t) -> names.put(locale, t.name()));
        } else if (o.packageId != null) {
            packages.get(o.packageId).texts().forEach((locale, t) -> names.put(locale, t.name()));
        }
        return names;
    }
}
