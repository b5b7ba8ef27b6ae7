package io.hearth.platform.chat;

import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import io.hearth.platform.order.OrderParties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps order conversations in step with their orders: after any order event, the order's conversation exists once
 * the order has a worker, and names the worker assigned now (what the worker's conversation list reads). It reads
 * the order itself rather than the event's payload, so late or repeated events change nothing wrong.
 */
@ApplicationScoped
public class OrderConversationSync implements EventConsumer {

    @Inject
    OrderParties orders;

    @Inject
    ConversationRepository conversations;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "chat-order-conversations";
    }

    @Override
    public boolean accepts(String type) {
        return type.startsWith("order.");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!event.payload().hasNonNull("orderId")) {
            return;
        }
        UUID orderId = UUID.fromString(event.payload().get("orderId").asText());
        Optional<OrderParties.Parties> order = orders.of(orderId);
        if (order.isEmpty()) {
            return;
        }
        UUID worker = order.get().visibleWorker().orElse(null);
        Optional<Conversation> found = conversations.ofOrder(orderId);
        if (found.isPresent()) {
            if (!Objects.equals(found.get().workerId, worker)) {
                found.get().workerId = worker;
            }
        } else if (worker != null) {
            conversations.ensureOrder(orderId, order.get().customerId(), worker, clock.instant());
        }
    }
}
