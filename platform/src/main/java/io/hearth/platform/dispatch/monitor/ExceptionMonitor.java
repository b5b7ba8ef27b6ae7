package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettings.MonitorRules;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The exception monitor (DESIGN.md §6): every {@code hearth.dispatch.monitor.every} (60s) it reads, across all
 * active tenants, the orders that may be in trouble ({@link MonitorCandidates}: one query per kind), decides with
 * each tenant's {@code monitorRules} ({@link MonitorThresholds}) which are due, and raises their alerts tenant by
 * tenant with the tenant in {@link TenantContext}, one transaction per tenant. Raising is a conditional insert
 * guarded by the unique index of unresolved alerts, so repeated scans and replicas scanning at the same time
 * raise each alert once. Tests call {@link #scan(Instant)} with the time they want; the scheduled run is off in
 * %test ({@code hearth.dispatch.monitor.enabled=false}).
 */
@ApplicationScoped
public class ExceptionMonitor {

    private static final Logger LOG = Logger.getLogger(ExceptionMonitor.class);

    @Inject
    MonitorCandidates candidates;

    @Inject
    DispatchAlerts alerts;

    @Inject
    TenantSettingsLookup settings;

    @Inject
    Clock clock;

    @Scheduled(every = "${hearth.dispatch.monitor.every:60s}", delayed = "${hearth.dispatch.monitor.delay:20s}",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        scan(clock.instant());
    }

    /** Raises every alert due at {@code now}; answers how many were raised. */
    @ActivateRequestContext // Hibernate resolves the tenant only inside a request context
    public int scan(Instant now) {
        Map<UUID, List<MonitorCandidates.Candidate>> byTenant = candidates.find(now).stream()
                .collect(Collectors.groupingBy(MonitorCandidates.Candidate::tenantId, LinkedHashMap::new,
                        Collectors.toList()));
        int raised = 0;
        for (Map.Entry<UUID, List<MonitorCandidates.Candidate>> e : byTenant.entrySet()) {
            try {
                raised += TenantContext.call(e.getKey(),
                        () -> QuarkusTransaction.requiringNew().call(() -> raiseDue(e.getKey(), e.getValue(), now)));
            } catch (RuntimeException ex) {
                LOG.errorf(ex, "Exception monitor failed for tenant %s; the next scan tries again", e.getKey());
            }
        }
        return raised;
    }

    private int raiseDue(UUID tenant, List<MonitorCandidates.Candidate> found, Instant now) {
        MonitorRules rules = settings.of(tenant).settings().monitorRules();
        int raised = 0;
        for (MonitorCandidates.Candidate c : found) {
            Instant threshold = MonitorThresholds.threshold(c.kind(), rules, c.episode(), c.durationMinutes());
            if (!MonitorThresholds.due(now, threshold)) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("orderNo", c.orderNo());
            details.put("status", c.status());
            details.put("startAt", c.startAt().toString());
            details.put("workerId", c.workerId() == null ? null : c.workerId().toString());
            details.put(switch (c.kind()) {
                case UNACCEPTED -> "dispatchableSince";
                case OVERRUN -> "serviceStartedAt";
                default -> "watchedStart";
            }, c.episode().toString());
            details.put("threshold", threshold.toString());
            if (c.kind() == AlertKind.OVERRUN) {
                details.put("durationMinutes", c.durationMinutes());
            }
            details.put("rules", rules);
            if (alerts.raise(c.orderId(), c.kind(), c.episode(), details, MonitorThresholds.watchedStates(c.kind()), now)
                    .isPresent()) {
                raised++;
            }
        }
        return raised;
    }

    /** Skips the scheduled run when {@code hearth.dispatch.monitor.enabled} is false (tests call {@link #scan}). */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @ConfigProperty(name = "hearth.dispatch.monitor.enabled", defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
