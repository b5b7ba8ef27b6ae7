package io.hearth.platform.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one way features push something to WebSocket clients. Called inside a transaction, the message leaves only
 * when it commits (a rolled-back change is never announced); outside one, at once. Real-time messages are
 * best-effort notices of state that is already stored: a client that missed one reloads over REST. Never throws
 * for delivery problems.
 */
@ApplicationScoped
public class RealtimeBus {

    private static final Logger LOG = Logger.getLogger(RealtimeBus.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<RealtimeMessage> messages;

    @Inject
    Clock clock;

    public void publish(Audience to, String type, Map<String, ?> payload) {
        RealtimeMessage message = new RealtimeMessage(to, type, Map.copyOf(withoutNulls(payload)), clock.instant());
        if (transactions.getTransactionKey() == null) {
            fire(message);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    fire(message);
                }
            }
        });
    }

    private void fire(RealtimeMessage message) {
        try {
            messages.fire(message);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Real-time message %s to %s not delivered", message.type(), message.to());
        }
    }

    private static Map<String, ?> withoutNulls(Map<String, ?> payload) {
        java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>();
        payload.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
