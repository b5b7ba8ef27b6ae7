package io.hearth.platform.realtime;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * Customers (platform tokens of kind customer): their orders' updates and, while the worker is on the way, the
 * worker's position and ETA. The upgrade needs the token (header, or {@code Sec-WebSocket-Protocol} for browsers,
 * see docs/realtime.md); {@link SocketAudiences} decides the audience.
 */
@WebSocket(path = "/ws/app", endpointId = SocketAudiences.APP)
@RolesAllowed("customer")
public class AppSocket {

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
