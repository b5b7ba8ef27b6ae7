package io.hearth.platform.realtime;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * Workers (platform tokens of kind worker): offers and updates of their orders; they send {@code position} frames.
 * The upgrade needs the token (header, or {@code Sec-WebSocket-Protocol} for browsers, see docs/realtime.md);
 * {@link SocketAudiences} decides the audience.
 */
@WebSocket(path = "/ws/worker", endpointId = SocketAudiences.WORKER)
@RolesAllowed("worker")
public class WorkerSocket {

    @Inject
    SocketInbound inbound;

    @OnOpen
    String open(WebSocketConnection connection) {
        return inbound.opened(connection);
    }

    @OnTextMessage
    String message(WebSocketConnection connection, String text) {
        return inbound.received(connection, text);
    }

    @OnClose
    void close(WebSocketConnection connection) {
        inbound.closed(connection);
    }
}
