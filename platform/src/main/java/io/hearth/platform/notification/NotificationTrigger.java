package io.hearth.platform.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Consumer {@code notifications}: turns order and refund events into notifications.
 * <ul>
 * <li>booked — the order first becomes PENDING_DISPATCH: {@code order.paid} from PENDING_PAYMENT, or
 * {@code order.created} straight into PENDING_DISPATCH (nothing to pay). A balance paid after completion is no
 * booking.</li>
 * <li>accepted, departed, arrived, completed — the events of the same name; completed also schedules the review
 * reminder ({@link ReviewReminders}).</li>
 * <li>cancelled — {@code order.cancelled} and {@code order.closed_unpaid}; the assigned worker is told too.</li>
 * <li>refunded — {@code refund.succeeded} (one notice per refund).</li>
 * </ul>
 * Runs in the dispatcher's transaction with the event's tenant; the same fact never notifies a recipient twice
 * (unique dedup keys), even if an event is re-emitted.
 */
@ApplicationScoped
public class NotificationTrigger implements EventConsumer {

    public static final String NAME = "notifications";

    @Inject
    OrderFactsReader orders;

    @Inject
    Notifier notifier;

    @Inject
    ReviewReminders reminders;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return switch (type) {
            case "order.created", "order.paid", "order.accepted", "order.departed", "order.arrived", "order.completed",
                    "order.cancelled", "order.closed_unpaid", "refund.succeeded" -> true;
            default -> false;
        };
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode p = event.payload();
        Optional<NotificationEvent> kind = kindOf(event.type(), p);
        if (kind.isEmpty()) {
            return;
        }
        UUID orderId = UUID.fromString(p.path("orderId").asText());
        Optional<OrderFactsReader.Read> read = orders.read(orderId);
        if (read.isEmpty()) {
            return;
        }
        OrderFacts facts = read.get().facts();
        String dedup = kind.get().key() + ":" + orderId;
        if (kind.get() == NotificationEvent.REFUNDED) {
            facts = facts.withRefund(p.path("amountFen").asLong());
            dedup = kind.get().key() + ":" + p.path("refundId").asText();
        }
        notifier.notify(RecipientKind.CUSTOMER, facts.customerId(), kind.get(), dedup, facts);
        if (kind.get() == NotificationEvent.CANCELLED) {
            String worker = p.path("workerId").asText(null);
            if (worker != null && !worker.isEmpty() && !"null".equals(worker)) {
                notifier.notify(RecipientKind.WORKER, UUID.fromString(worker), kind.get(), dedup, facts);
            }
        }
        if (kind.get() == NotificationEvent.COMPLETED) {
            reminders.schedule(orderId, event.occurredAt());
        }
    }

    static Optional<NotificationEvent> kindOf(String type, JsonNode p) {
        return Optional.ofNullable(switch (type) {
            case "order.created" -> "PENDING_DISPATCH".equals(p.path("to").asText()) ? NotificationEvent.BOOKED : null;
            case "order.paid" -> "PENDING_PAYMENT".equals(p.path("from").asText())
                    && "PENDING_DISPATCH".equals(p.path("to").asText()) ? NotificationEvent.BOOKED : null;
            case "order.accepted" -> NotificationEvent.ACCEPTED;
            case "order.departed" -> NotificationEvent.DEPARTED;
            case "order.arrived" -> NotificationEvent.ARRIVED;
            case "order.completed" -> NotificationEvent.COMPLETED;
            case "order.cancelled", "order.closed_unpaid" -> NotificationEvent.CANCELLED;
            case "refund.succeeded" -> NotificationEvent.REFUNDED;
            default -> null;
        });
    }
}
