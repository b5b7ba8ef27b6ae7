package io.hearth.platform.order;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Closes orders left unpaid past their deadline (CANCELLED, reason UNPAID_TIMEOUT, actor SYSTEM): the booking
 * is freed and the quote released. Tenant by tenant with the tenant in {@link TenantContext}; each order in
 * its own transaction, picked with {@code for update skip locked}, so replicas running the job at the same
 * time never close the same order twice and a payment being recorded (which holds the row) is not overtaken.
 * {@code hearth.orders.unpaid-close.every} (default 45s); off with {@code hearth.orders.unpaid-close.enabled=false}.
 */
@ApplicationScoped
public class UnpaidOrderCloser {

    private static final Logger LOG = Logger.getLogger(UnpaidOrderCloser.class);

    /** Bounds one run per tenant; the rest waits for the next run. */
    static final int MAX_PER_TENANT_RUN = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    OrderCancellation cancellation;

    @Inject
    Clock clock;

    @Scheduled(every = "${hearth.orders.unpaid-close.every:45s}", delayed = "${hearth.orders.unpaid-close.delay:10s}",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        closeOverdue(clock);
    }

    /** Closes every overdue order as of {@code clock}; answers how many were closed. */
    @ActivateRequestContext // Hibernate resolves the tenant only inside a request context
    public int closeOverdue(Clock clock) {
        Instant now = clock.instant();
        int closed = 0;
        for (UUID tenant : tenantsWithOverdue(now)) {
            closed += TenantContext.call(tenant, () -> closeForTenant(tenant, now));
        }
        return closed;
    }

    private int closeForTenant(UUID tenant, Instant now) {
        Set<UUID> failed = new HashSet<>();
        int closed = 0;
        for (int i = 0; i < MAX_PER_TENANT_RUN; i++) {
            Outcome outcome;
            int skippedBefore = failed.size();
            try {
                outcome = QuarkusTransaction.requiringNew().call(() -> closeNext(tenant, now, failed));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Closing an unpaid order of tenant %s failed", tenant);
                if (failed.size() == skippedBefore) {
                    break; // failed before picking an order: the next run tries again
                }
                continue; // that order is skipped for the rest of this run
            }
            if (outcome == Outcome.NONE_LEFT) {
                break;
            }
            closed++;
        }
        return closed;
    }

    private enum Outcome {
        CLOSED, NONE_LEFT
    }

    private Outcome closeNext(UUID tenant, Instant now, Set<UUID> failed) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from service_order where tenant_id = cast(:t as uuid)"
                + " and status = 'PENDING_PAYMENT' and payment_deadline <= :now and not (id = any(cast(:skip as uuid[])))"
                + " order by payment_deadline limit 1 for update skip locked", UUID.class)
                .setParameter("t", tenant.toString()).setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter("skip", failed.stream().map(UUID::toString).toList().toString()
                        .replace('[', '{').replace(']', '}').replace(" ", ""))
                .getResultList();
        if (ids.isEmpty()) {
            return Outcome.NONE_LEFT;
        }
        UUID id = ids.get(0);
        failed.add(id); // removed again once closed; a failure leaves it here so the run moves on
        cancellation.closeUnpaid(id, now);
        failed.remove(id);
        return Outcome.CLOSED;
    }

    private List<UUID> tenantsWithOverdue(Instant now) {
        List<UUID> tenants = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select distinct tenant_id from service_order where status = 'PENDING_PAYMENT' and payment_deadline <= ?")) {
            ps.setObject(1, now.atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing tenants with unpaid orders failed", e);
        }
        return tenants;
    }

    /** Skips the scheduled run when {@code hearth.orders.unpaid-close.enabled} is false (tests drive it directly). */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hearth.orders.unpaid-close.enabled",
                defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !enabled;
        }
    }
}
