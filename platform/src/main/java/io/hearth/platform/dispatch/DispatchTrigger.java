package io.hearth.platform.dispatch;

import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * Consumer {@code dispatch}: starts dispatch when an order comes to wait for a worker (paid into PENDING_DISPATCH,
 * born PENDING_DISPATCH, declined by its worker, rescheduled while waiting), and closes the open grab round of an
 * order that was cancelled, rescheduled, or given a worker by staff. Idempotent: dispatching an order that already
 * has a worker or an open round does nothing.
 */
@ApplicationScoped
public class DispatchTrigger implements EventConsumer {

    public static final String NAME = "dispatch";

    static final Set<String> TYPES = Set.of("order.created", "order.paid", "order.declined", "order.rescheduled",
            "order.assigned", "order.cancelled", "order.closed_unpaid");

    @Inject
    OrderDispatch dispatch;

    @Inject
    GrabOffers offers;

    @Inject
    DispatchStates states;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void handle(EventEnvelope event) {
        UUID orderId = UUID.fromString(event.payload().path("orderId").asText());
        String to = event.payload().path("to").asText();
        String actorKind = event.payload().path("actorKind").asText();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        switch (event.type()) {
            case "order.cancelled", "order.closed_unpaid" -> {
                offers.cancelOpen(orderId, now);
                states.set(orderId, DispatchStates.State.CANCELLED, null, now);
            }
            case "order.assigned" -> {
                if (!"SYSTEM".equals(actorKind)) {
                    offers.cancelOpen(orderId, now);
                    states.set(orderId, DispatchStates.State.ASSIGNED, "STAFF", now);
                }
            }
            case "order.rescheduled" -> {
                // The slot changed: the workers offered the old one may not be free at the new one.
                if (offers.cancelOpen(orderId, now)) {
                    dispatch.dispatch(orderId, now);
                }
            }
            default -> {
                if ("PENDING_DISPATCH".equals(to)) {
                    dispatch.dispatch(orderId, now);
                }
            }
        }
    }
}
