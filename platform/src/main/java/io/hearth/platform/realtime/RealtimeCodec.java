package io.hearth.platform.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The two JSON shapes of real-time messages: on the Redis channel between replicas
 * ({@code {"tenantId","kind","id","type","at","payload"}}) and on the WebSocket to clients
 * ({@code {"type","at","payload"}}: the audience is implicit in the connection).
 */
@ApplicationScoped
public class RealtimeCodec {

    /** A message read from the channel: who it is for and the frame to send them. */
    public record Routed(Audience to, String frame) {
    }

    @Inject
    ObjectMapper json;

    public String toChannel(RealtimeMessage m) {
        ObjectNode n = json.createObjectNode();
        n.put("tenantId", m.to().tenantId().toString());
        n.put("kind", m.to().kind().name());
        if (m.to().id() != null) {
            n.put("id", m.to().id().toString());
        }
        n.put("type", m.type());
        n.put("at", m.at().toString());
        n.set("payload", json.valueToTree(m.payload()));
        return write(n);
    }

    /** Decodes a channel message; {@link IllegalArgumentException} when it is not one of ours. */
    public Routed fromChannel(String text) {
        try {
            JsonNode n = json.readTree(text);
            Audience.Kind kind = Audience.Kind.valueOf(n.path("kind").asText());
            UUID id = n.hasNonNull("id") ? UUID.fromString(n.get("id").asText()) : null;
            Audience to = new Audience(UUID.fromString(n.path("tenantId").asText()), kind, id);
            String type = n.path("type").asText(null);
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("no type");
            }
            return new Routed(to, frame(type, Instant.parse(n.path("at").asText()), n.path("payload")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("Not a real-time message: " + e.getMessage(), e);
        }
    }

    public String frame(RealtimeMessage m) {
        return frame(m.type(), m.at(), json.valueToTree(m.payload()));
    }

    public String frame(String type, Instant at, Object payload) {
        ObjectNode n = json.createObjectNode();
        n.put("type", type);
        n.put("at", at.toString());
        n.set("payload", payload instanceof JsonNode node && node.isObject() ? node : json.valueToTree(payload));
        return write(n);
    }

    private String write(JsonNode n) {
        try {
            return json.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
