package io.hearth.platform.realtime;

import java.time.Instant;
import java.util.Map;

/**
 * One message for the WebSocket clients of an {@link Audience}: a {@code type} ({@code order.updated},
 * {@code dispatch.offer}, {@code alert.opened}, {@code chat.message}, {@code worker.position}, ...) and a JSON-able
 * payload. It is fired as a CDI event after the publishing transaction commits; the WebSocket layer observes it
 * and fans it out to every replica.
 */
public record RealtimeMessage(Audience to, String type, Map<String, ?> payload, Instant at) {
}
