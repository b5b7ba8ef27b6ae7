package io.hearth.platform.chat;

import io.hearth.platform.realtime.RealtimeMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the real-time messages the platform fires (after commit), for assertions. */
@ApplicationScoped
public class RealtimeRecorder {

    private final List<RealtimeMessage> seen = new CopyOnWriteArrayList<>();

    void on(@Observes RealtimeMessage m) {
        seen.add(m);
    }

    /** Messages of {@code type} about one conversation, in the order they were fired. */
    public List<RealtimeMessage> about(String type, UUID conversationId) {
        return seen.stream().filter(m -> m.type().equals(type))
                .filter(m -> conversationId.equals(m.payload().get("conversationId"))).toList();
    }
}
