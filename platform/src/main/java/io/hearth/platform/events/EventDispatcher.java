package io.hearth.platform.events;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs the {@link EventConsumer}s of an event, each at most once successfully: the consumption row
 * {@code (consumer, event_id)} is locked, a DONE or PARKED one is skipped, otherwise {@code handle} runs and the
 * row becomes DONE in the same transaction, with {@link TenantContext} set to the event's tenant. A failure rolls
 * that back and is recorded in its own transaction: FAILED with {@code next_attempt_at} = now + backoff, PARKED
 * after {@code max-attempts} tries. Consumers never see each other's failures.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    @Inject
    @Any
    Instance<EventConsumer> consumers;

    @Inject
    EntityManager em;

    @Inject
    EventsConfig config;

    @Inject
    Clock clock;

    @Inject
    EventCodec codec;

    /** Every accepting consumer, in turn. */
    @ActivateRequestContext // Hibernate resolves the tenant only inside a request context
    public void deliver(EventEnvelope event) {
        for (EventConsumer c : consumers) {
            if (c.accepts(event.type())) {
                consume(c, event);
            }
        }
    }

    public Optional<EventConsumer> consumer(String name) {
        return consumers.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Runs {@code consumer} on {@code event} unless done or parked; answers the consumption's status after it. */
    @ActivateRequestContext
    public String consume(EventConsumer consumer, EventEnvelope event) {
        try {
            return inTenant(event.tenantId(), () -> QuarkusTransaction.requiringNew().call(() -> handleOnce(consumer, event)));
        } catch (RuntimeException e) {
            return QuarkusTransaction.requiringNew().call(() -> recordFailure(consumer, event, e));
        }
    }

    private static String inTenant(UUID tenant, java.util.concurrent.Callable<String> work) {
        if (tenant == null) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return TenantContext.call(tenant, work);
    }

    private String handleOnce(EventConsumer consumer, EventEnvelope event) {
        em.createNativeQuery("insert into event_consumption (consumer, event_id, status, attempts)"
                + " values (:c, :e, 'FAILED', 0) on conflict do nothing")
                .setParameter("c", consumer.name()).setParameter("e", event.id()).executeUpdate();
        String status = (String) em.createNativeQuery("select status from event_consumption"
                + " where consumer = :c and event_id = :e for update", String.class)
                .setParameter("c", consumer.name()).setParameter("e", event.id()).getSingleResult();
        if (!status.equals("FAILED")) {
            return status; // DONE: applied already; PARKED: only the retry endpoint brings it back
        }
        consumer.handle(event);
        em.createNativeQuery("update event_consumption set status = 'DONE', attempts = attempts + 1,"
                + " next_attempt_at = null, last_error = null, updated_at = :now where consumer = :c and event_id = :e")
                .setParameter("now", now()).setParameter("c", consumer.name()).setParameter("e", event.id())
                .executeUpdate();
        return "DONE";
    }

    private String recordFailure(EventConsumer consumer, EventEnvelope event, RuntimeException failure) {
        Instant now = now();
        String error = describe(failure);
        Number attempts = (Number) em.createNativeQuery("insert into event_consumption"
                + " (consumer, event_id, status, attempts, last_error, updated_at) values (:c, :e, 'FAILED', 1, :err, :now)"
                + " on conflict (consumer, event_id) do update set attempts = event_consumption.attempts + 1,"
                + " status = 'FAILED', last_error = excluded.last_error, updated_at = excluded.updated_at"
                + " returning attempts")
                .setParameter("c", consumer.name()).setParameter("e", event.id()).setParameter("err", error)
                .setParameter("now", now).getSingleResult();
        int tries = attempts.intValue();
        EventsConfig.Consumers c = config.consumers();
        boolean park = tries >= c.maxAttempts();
        Instant next = park ? null : now.plus(EventsConfig.backoff(c.backoffBase(), c.backoffMax(), tries));
        var update = park
                ? em.createNativeQuery("update event_consumption set status = 'PARKED', next_attempt_at = null"
                        + " where consumer = :c and event_id = :e")
                : em.createNativeQuery("update event_consumption set next_attempt_at = :next"
                        + " where consumer = :c and event_id = :e").setParameter("next", next);
        update.setParameter("c", consumer.name()).setParameter("e", event.id()).executeUpdate();
        if (park) {
            LOG.errorf(failure, "Consumer %s PARKED event %s (%s) after %d tries: retry it as super-admin",
                    consumer.name(), event.id(), event.type(), tries);
            return "PARKED";
        }
        LOG.warnf("Consumer %s failed on event %s (%s), try %d; next at %s: %s", consumer.name(), event.id(),
                event.type(), tries, next, error);
        return "FAILED";
    }

    private static String describe(Throwable t) {
        String s = t.getClass().getSimpleName() + ": " + t.getMessage();
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The stored event (consumers' retries read it back from the outbox). */
    public Optional<EventEnvelope> load(UUID eventId) {
        List<Object[]> rows = em.createNativeQuery("select id, tenant_id, type, aggregate_type, aggregate_id,"
                + " occurred_at, cast(payload as text) from outbox_event where id = :id", Object[].class)
                .setParameter("id", eventId).getResultList();
        return rows.stream().findFirst().map(codec::fromRow);
    }
}
