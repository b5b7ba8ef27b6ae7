package io.hearth.platform.realtime;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * This replica's open WebSocket connections by {@link Audience}. A customer or worker audience names one person
 * (who may have several devices connected); the staff audience of a tenant is every staff connection of that
 * tenant. Delivery is by exact audience, so a tenant's message can only reach that tenant's connections.
 */
@ApplicationScoped
public class OpenSockets {

    private static final Logger LOG = Logger.getLogger(OpenSockets.class);

    private final Map<Audience, Set<WebSocketConnection>> byAudience = new ConcurrentHashMap<>();

    public void add(Audience audience, WebSocketConnection connection) {
        byAudience.computeIfAbsent(audience, a -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void remove(Audience audience, WebSocketConnection connection) {
        byAudience.computeIfPresent(audience, (a, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** Sends the frame to this replica's connections of the audience without waiting; answers how many. */
    public int deliver(Audience to, String frame) {
        Set<WebSocketConnection> connections = byAudience.get(to);
        if (connections == null) {
            return 0;
        }
        int sent = 0;
        for (WebSocketConnection c : connections) {
            if (c.isOpen()) {
                c.sendText(frame).subscribe().with(ok -> {
                }, e -> LOG.debugf("Real-time frame to %s not sent: %s", c.id(), e.getMessage()));
                sent++;
            }
        }
        return sent;
    }

    public int count(Audience audience) {
        Set<WebSocketConnection> connections = byAudience.get(audience);
        return connections == null ? 0 : connections.size();
    }
}
