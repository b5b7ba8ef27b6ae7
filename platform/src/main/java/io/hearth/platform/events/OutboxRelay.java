package io.hearth.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events: per transaction up to {@code batch-size} PENDING rows in {@code seq} order,
 * taken with {@code for update skip locked} (replicas running the relay at once take disjoint rows), each sent
 * through {@link EventTransport} (the whole batch sent, then the acknowledgements awaited) and marked PUBLISHED
 * only after the channel acknowledged it. A crash between the acknowledgement and the commit publishes the event
 * again: delivery is at least once, consumers are idempotent. A failed publication is retried after a backoff and
 * ends the run (the next run takes what is due); events of the same batch acknowledged meanwhile stay published,
 * so order holds except around a failure. {@code hearth.events.relay.every} (default 1s; a commit that emitted events wakes it at once, see {@link RelayWakeup}); off with
 * {@code hearth.events.relay.enabled=false}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    EventTransport transport;

    @Inject
    EventCodec codec;

    @Inject
    EventsConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${hearth.events.relay.every:1s}", delayed = "${hearth.events.relay.delay:5s}",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        publishPending();
    }

    /** Publishes until nothing is due (or a publication fails); answers the ids this call published, in order. */
    @ActivateRequestContext // Hibernate resolves the tenant (none: the nil UUID) only inside a request context
    public List<UUID> publishPending() {
        List<UUID> published = new ArrayList<>();
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
            published.addAll(batch.published());
            if (!batch.more()) {
                return published;
            }
        }
    }

    private record Batch(List<UUID> published, boolean more) {
    }

    private Batch publishBatch() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int size = config.relay().batchSize();
        List<Object[]> rows = em.createNativeQuery("select id, tenant_id, type, aggregate_type, aggregate_id,"
                + " occurred_at, cast(payload as text), attempts from outbox_event"
                + " where status = 'PENDING' and next_attempt_at <= :now order by seq limit :n for update skip locked",
                Object[].class)
                .setParameter("now", now).setParameter("n", size).getResultList();
        // Send the whole batch first and then collect the acknowledgements: the broker confirms a pipeline of
        // messages about as fast as one, where waiting for each in turn costs a round trip and a disk sync apiece.
        List<EventEnvelope> events = new ArrayList<>(rows.size());
        List<java.util.concurrent.CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            EventEnvelope event = codec.fromRow(row);
            events.add(event);
            java.util.concurrent.CompletableFuture<Void> ack;
            try {
                ack = transport.publish(event, codec.encode(event)).toCompletableFuture();
            } catch (RuntimeException e) {
                ack = java.util.concurrent.CompletableFuture.failedFuture(e);
            }
            acks.add(ack);
        }
        List<UUID> published = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            try {
                acks.get(i).get(config.relay().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
                published.add(event.id());
            } catch (Exception e) {
                failed = true;
                int attempts = ((Number) rows.get(i)[7]).intValue() + 1;
                Duration wait = config.relay().retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
                Instant next = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
                LOG.warnf(e, "Publishing event %s (%s) failed, try %d; next at %s", event.id(), event.type(), attempts, next);
                em.createNativeQuery("update outbox_event set attempts = attempts + 1, next_attempt_at = :next,"
                        + " last_error = :err where id = :id")
                        .setParameter("next", next).setParameter("err", String.valueOf(e.getMessage()))
                        .setParameter("id", event.id()).executeUpdate();
            }
        }
        if (!published.isEmpty()) {
            em.createNativeQuery("update outbox_event set status = 'PUBLISHED', published_at = :now,"
                    + " attempts = attempts + 1, last_error = null where id = any(:ids)")
                    .setParameter("now", now).setParameter("ids", published.toArray(UUID[]::new)).executeUpdate();
        }
        if (failed) {
            return new Batch(published, false);
        }
        return new Batch(published, rows.size() == size);
    }

    /** Skips the scheduled run when {@code hearth.events.relay.enabled} is false (tests drive it directly). */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @ConfigProperty(name = "hearth.events.relay.enabled", defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !enabled;
        }
    }
}
