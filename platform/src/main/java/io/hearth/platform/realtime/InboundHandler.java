package io.hearth.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * A kind of message that clients send over their WebSocket, e.g. {@code position} from workers (tracking). Features
 * implement it as a CDI bean; {@link SocketInbound} routes each text frame {@code {"type": ..., ...}} to the handler
 * of its type, with {@code TenantContext} set to the sender's tenant. The handler answers the payload of a
 * {@code <type>.accepted} frame, or throws {@link io.hearth.platform.shared.web.ApiException}, which becomes an
 * {@code error} frame (the same code and message as the REST problem); nothing else is sent back.
 */
public interface InboundHandler {

    /** The {@code type} of the frames this handles. */
    String type();

    /** Which connections may send it. */
    Set<Audience.Kind> senders();

    Map<String, ?> handle(Audience from, JsonNode message);
}
