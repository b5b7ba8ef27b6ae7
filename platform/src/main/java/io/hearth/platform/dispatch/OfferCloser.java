package io.hearth.platform.dispatch;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.ServiceOrder;
import io.hearth.platform.order.ServiceOrderRepository;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Decides grab rounds whose window is over: the best-scored grabber wins ({@code dispatch.awarded} to them,
 * {@code dispatch.lost} to the other grabbers, {@code dispatch.assigned} to staff); nobody (or nobody who can still
 * be booked) → one fallback round with the wider radius, then manual dispatch. Tenant by tenant, each round in its own
 * transaction, taken with {@code for update skip locked}: replicas (or two runs) never decide the same round, and the
 * award itself is a conditional update (OPEN → AWARDED) plus the order's guarded transition, so exactly one worker
 * wins. {@code hearth.dispatch.closer.every} (default 2s); off with {@code hearth.dispatch.closer.enabled=false}.
 */
@ApplicationScoped
public class OfferCloser {

    private static final Logger LOG = Logger.getLogger(OfferCloser.class);

    static final int MAX_PER_TENANT_RUN = 200;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    ServiceOrderRepository orders;

    @Inject
    GrabOffers offers;

    @Inject
    OrderDispatch dispatch;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    RealtimeBus bus;

    @Inject
    Clock clock;

    @Scheduled(every = "${hearth.dispatch.closer.every:2s}", delayed = "${hearth.dispatch.closer.delay:10s}",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        closeDue(clock.instant());
    }

    /** Decides every round due at {@code now}; answers how many were decided. */
    @ActivateRequestContext // Hibernate resolves the tenant only inside a request context
    public int closeDue(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        int closed = 0;
        for (UUID tenant : tenantsWithDue(at)) {
            closed += TenantContext.call(tenant, () -> closeForTenant(tenant, at));
        }
        return closed;
    }

    private int closeForTenant(UUID tenant, Instant now) {
        int closed = 0;
        for (int i = 0; i < MAX_PER_TENANT_RUN; i++) {
            boolean decided;
            try {
                decided = QuarkusTransaction.requiringNew().call(() -> closeNext(tenant, now));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Deciding a grab round of tenant %s failed", tenant);
                break; // the round stays OPEN and due: the next run tries again
            }
            if (!decided) {
                break;
            }
            closed++;
        }
        return closed;
    }

    private boolean closeNext(UUID tenant, Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> due = em.createNativeQuery("select id, order_id, fallback, radius_km from dispatch_offer"
                + " where tenant_id = cast(:t as uuid) and state = 'OPEN' and closes_at <= :now"
                + " order by closes_at, id limit 1 for update skip locked", Tuple.class)
                .setParameter("t", tenant.toString()).setParameter("now", now.atOffset(ZoneOffset.UTC)).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        UUID offerId = due.get(0).get(0, UUID.class);
        UUID orderId = due.get(0).get(1, UUID.class);
        boolean fallback = due.get(0).get(2, Boolean.class);
        int radiusKm = ((Number) due.get(0).get(3)).intValue();
        close(offerId, orderId, fallback, radiusKm, now);
        return true;
    }

    private void close(UUID offerId, UUID orderId, boolean fallback, int radiusKm, Instant now) {
        Optional<ServiceOrder> found = orders.lockedById(orderId);
        if (found.isEmpty() || !OrderDispatch.waiting(found.get())) {
            offers.markClosed(offerId, GrabOffers.State.CANCELLED, now);
            return;
        }
        ServiceOrder order = found.get();
        TenantSettings s = tenantSettings.of(TenantContext.require()).settings();
        TenantSettings.DispatchRules rules = s.dispatchRules();
        Map<UUID, Long> grabbers = offers.grabbers(offerId);
        Optional<UUID> winner = grabbers.isEmpty() ? Optional.empty()
                : dispatch.award(order, offerId, rules, radiusKm, grabbers, now);
        UUID tenant = TenantContext.require();
        Map<String, Object> notice = OrderDispatch.notice(order);
        notice.put("offerId", offerId);
        for (UUID w : grabbers.keySet()) {
            if (winner.isEmpty() || !winner.get().equals(w)) {
                bus.publish(Audience.worker(tenant, w), "dispatch.lost", notice);
            }
        }
        if (winner.isPresent()) {
            Map<String, Object> won = new java.util.LinkedHashMap<>(notice);
            won.put("workerId", winner.get());
            bus.publish(Audience.worker(tenant, winner.get()), "dispatch.awarded", won);
            bus.publish(Audience.staff(tenant), "dispatch.assigned", won);
            return;
        }
        offers.markClosed(offerId, GrabOffers.State.EXPIRED, now);
        if (fallback || !dispatch.offer(order, rules, true, rules.fallbackRadiusKm(), rules.fallbackTimeoutSeconds(), now)) {
            dispatch.manualNeeded(order, grabbers.isEmpty() ? "NO_GRAB" : "NO_GRABBER_AVAILABLE", now);
        }
    }

    private List<UUID> tenantsWithDue(Instant now) {
        List<UUID> tenants = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select distinct tenant_id from dispatch_offer where state = 'OPEN' and closes_at <= ?")) {
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing tenants with due grab rounds failed", e);
        }
        return tenants;
    }

    /** Skips the scheduled run when {@code hearth.dispatch.closer.enabled} is false (tests drive it directly). */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hearth.dispatch.closer.enabled",
                defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !enabled;
        }
    }
}
