package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.realtime.RealtimeMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Collects the real-time messages delivered after commit, as the WebSocket layer would receive them. */
@ApplicationScoped
public class RealtimeRecorder {

    private final ConcurrentLinkedQueue<RealtimeMessage> messages = new ConcurrentLinkedQueue<>();

    void on(@Observes RealtimeMessage m) {
        messages.add(m);
    }

    /** The messages about one alert (payload id), in delivery order. */
    public List<RealtimeMessage> aboutAlert(UUID alertId) {
        return messages.stream().filter(m -> alertId.toString().equals(String.valueOf(m.payload().get("id")))).toList();
    }
}
