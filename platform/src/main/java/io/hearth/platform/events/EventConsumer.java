package io.hearth.platform.events;

/**
 * A reaction to events. Implementations are CDI beans; {@link EventDispatcher} calls {@link #handle} at most once
 * successfully per event (idempotent on the event id via {@code event_consumption}), inside a transaction that
 * also records the consumption, with {@code TenantContext} set to the event's tenant (none for platform events).
 * A thrown exception rolls the handling back and schedules a retry with exponential backoff; after
 * {@code hearth.events.consumers.max-attempts} tries the consumption is PARKED.
 */
public interface EventConsumer {

    /** Stable name (the key of its consumptions and of its RabbitMQ queue group); lower case, no spaces. */
    String name();

    /** Whether this consumer reacts to events of {@code type} (e.g. {@code order.completed}). */
    boolean accepts(String type);

    void handle(EventEnvelope event);
}
