package io.hearth.platform.notification;

import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the real-time messages fired after commit, so tests can see what the WebSocket layer would push. */
@ApplicationScoped
public class RealtimeRecorder {

    private final List<RealtimeMessage> messages = new CopyOnWriteArrayList<>();

    void on(@Observes RealtimeMessage m) {
        messages.add(m);
    }

    public List<RealtimeMessage> to(Audience audience, String type) {
        return messages.stream().filter(m -> m.to().equals(audience) && m.type().equals(type)).toList();
    }
}
