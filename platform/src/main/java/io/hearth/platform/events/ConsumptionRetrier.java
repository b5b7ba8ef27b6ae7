package io.hearth.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-runs FAILED consumptions whose {@code next_attempt_at} has come. Rows are claimed in a short transaction
 * ({@code for update skip locked}, then their {@code next_attempt_at} pushed a lease ahead), so replicas never
 * retry the same consumption at once; {@link EventDispatcher#consume} then runs it like a first delivery.
 * {@code hearth.events.retry.every} (default 10s); off with {@code hearth.events.retry.enabled=false}.
 */
@ApplicationScoped
public class ConsumptionRetrier {

    private static final Logger LOG = Logger.getLogger(ConsumptionRetrier.class);

    @Inject
    EntityManager em;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    EventsConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${hearth.events.retry.every:10s}", delayed = "${hearth.events.retry.delay:15s}",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        retryDue(clock.instant());
    }

    /** Retries what is due at {@code now}; answers how many consumptions were run. */
    @ActivateRequestContext // Hibernate resolves the tenant (none: the nil UUID) only inside a request context
    public int retryDue(Instant now) {
        List<Object[]> claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update event_consumption c set next_attempt_at = :lease from (select consumer, event_id"
                        + " from event_consumption where status = 'FAILED' and next_attempt_at <= :now"
                        + " order by next_attempt_at limit :n for update skip locked) due"
                        + " where c.consumer = due.consumer and c.event_id = due.event_id returning c.consumer, c.event_id",
                Object[].class)
                .setParameter("lease", now.plus(config.consumers().retryLease())).setParameter("now", now)
                .setParameter("n", config.consumers().retryBatchSize()).getResultList());
        int run = 0;
        for (Object[] row : claimed) {
            String name = (String) row[0];
            UUID eventId = (UUID) row[1];
            var consumer = dispatcher.consumer(name);
            var event = QuarkusTransaction.requiringNew().call(() -> dispatcher.load(eventId));
            if (consumer.isEmpty() || event.isEmpty()) {
                LOG.errorf("Cannot retry consumption %s/%s: %s is gone", name, eventId,
                        consumer.isEmpty() ? "the consumer" : "the event");
                continue;
            }
            dispatcher.consume(consumer.get(), event.get());
            run++;
        }
        return run;
    }

    /** Skips the scheduled run when {@code hearth.events.retry.enabled} is false (tests drive it directly). */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @ConfigProperty(name = "hearth.events.retry.enabled", defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !enabled;
        }
    }
}
