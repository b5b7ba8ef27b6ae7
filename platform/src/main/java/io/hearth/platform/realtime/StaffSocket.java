package io.hearth.platform.realtime;

import io.hearth.platform.shared.security.Roles;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * Tenant staff (Keycloak tokens with owner, dispatcher or customer-service): the dispatch-board stream of their
 * tenant (new and updated orders, assignments, alerts, worker positions). The upgrade needs the token (header, or
 * {@code Sec-WebSocket-Protocol} for browsers, see docs/realtime.md); {@link SocketAudiences} decides the audience.
 */
@WebSocket(path = "/ws/staff", endpointId = SocketAudiences.STAFF)
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
public class StaffSocket {

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
