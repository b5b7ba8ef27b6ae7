package io.hearth.platform.dispatch;

import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects every real-time message the app publishes (after commit), for the dispatch tests to inspect. */
@ApplicationScoped
public class RealtimeInbox {

    private final List<RealtimeMessage> messages = new CopyOnWriteArrayList<>();

    void on(@Observes RealtimeMessage m) {
        messages.add(m);
    }

    public List<RealtimeMessage> to(Audience audience, String type) {
        return messages.stream().filter(m -> m.to().equals(audience) && m.type().equals(type)).toList();
    }

    /** Messages of {@code type} to {@code audience} about the order. */
    public List<RealtimeMessage> about(UUID orderId, Audience audience, String type) {
        return to(audience, type).stream().filter(m -> orderId.equals(m.payload().get("orderId"))).toList();
    }
}
