package io.hearth.platform.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final Object PENDING = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<RealtimeMessage> messages;

    @Inject
    Clock clock;

    public void publish(Audience to, String type, Map<String, ?> payload) {
        RealtimeMessage message = new RealtimeMessage(to, type, withoutNulls(payload), clock.instant());
        if (transactions.getTransactionKey() == null) {
            fire(message);
            return;
        }
        // One synchronization per transaction, holding its messages in order (a grab round publishes hundreds).
        @SuppressWarnings("unchecked")
        List<RealtimeMessage> pending = (List<RealtimeMessage>) transactions.getResource(PENDING);
        if (pending == null) {
            List<RealtimeMessage> messages = new ArrayList<>();
            transactions.putResource(PENDING, messages);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        messages.forEach(RealtimeBus.this::fire);
                    }
                }
            });
            pending = messages;
        }
        pending.add(message);
    }

    private void fire(RealtimeMessage message) {
        try {
            messages.fire(message);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Real-time message %s to %s not delivered", message.type(), message.to());
        }
    }

    private static Map<String, ?> withoutNulls(Map<String, ?> payload) {
        Map<String, Object> copy = new LinkedHashMap<>();
        payload.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
