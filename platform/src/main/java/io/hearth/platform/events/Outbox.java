package io.hearth.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Adds an event to the outbox in the caller's transaction (MANDATORY): the event exists exactly when the change
 * it describes commits. The entity is persisted, not inserted by SQL, so emitting never forces an early flush and
 * never changes what the emitting feature answers. {@link OutboxRelay} publishes it after commit, woken by
 * {@link RelayWakeup} as the transaction commits.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    RelayWakeup wakeup;

    /** A tenant's event ({@code tenantId} of the changed row); {@code null} tenant = a platform-level event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(UUID tenantId, String type, String aggregateType, Object aggregateId, Map<String, ?> payload) {
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.tenantId = tenantId;
        e.type = type;
        e.aggregateType = aggregateType;
        e.aggregateId = String.valueOf(aggregateId);
        // null values are kept (e.g. "from": null on creation) so consumers see every field
        e.payload = json.valueToTree(new LinkedHashMap<>(payload));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.occurredAt = now;
        e.nextAttemptAt = now;
        em.persist(e);
        wakeup.afterCommit();
        return e.id;
    }

    /** Same, for rows whose tenant is the string of the {@code @TenantId} column. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(String tenantId, String type, String aggregateType, Object aggregateId, Map<String, ?> payload) {
        return emit(tenantId == null ? null : UUID.fromString(tenantId), type, aggregateType, aggregateId, payload);
    }
}
