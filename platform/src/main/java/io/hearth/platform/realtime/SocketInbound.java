package io.hearth.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.shared.web.ProblemMessages;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What the endpoints share: registering a connection with its audience on open (answering a {@code connected}
 * frame, after which the client receives its messages), unregistering it on close, and routing text frames to the
 * {@link InboundHandler} of their type. Errors answer an {@code error} frame
 * {@code {"code","status","detail","replyTo","errors"?}}; the connection stays open.
 */
@ApplicationScoped
public class SocketInbound {

    private static final Logger LOG = Logger.getLogger(SocketInbound.class);

    @Inject
    OpenSockets sockets;

    @Inject
    RealtimeCodec codec;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Instance<InboundHandler> handlers;

    private final Map<String, InboundHandler> byType = new HashMap<>();

    @PostConstruct
    void index() {
        for (InboundHandler h : handlers) {
            byType.put(h.type(), h);
        }
    }

    String opened(WebSocketConnection connection) {
        Audience audience = SocketAudiences.of(connection);
        if (audience == null) { // never upgraded without one; refuse rather than guess
            connection.closeAndAwait();
            return null;
        }
        sockets.add(audience, connection);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", audience.kind().name());
        payload.put("tenantId", audience.tenantId());
        if (audience.id() != null) {
            payload.put("id", audience.id());
        }
        return codec.frame("connected", clock.instant(), payload);
    }

    void closed(WebSocketConnection connection) {
        Audience audience = SocketAudiences.of(connection);
        if (audience != null) {
            sockets.remove(audience, connection);
        }
    }

    /** Handles one text frame; answers the frame to send back. Blocking: runs on a worker thread. */
    String received(WebSocketConnection connection, String text) {
        Audience from = SocketAudiences.of(connection);
        String type = null;
        try {
            JsonNode message;
            try {
                message = json.readTree(text);
            } catch (Exception e) {
                throw new ApiException(400, "realtime-message-malformed");
            }
            type = message == null ? null : message.path("type").asText(null);
            if (type == null || !message.isObject()) {
                throw new ApiException(400, "realtime-message-malformed");
            }
            InboundHandler handler = byType.get(type);
            if (handler == null || !handler.senders().contains(from.kind())) {
                throw new ApiException(400, "realtime-message-unknown", type);
            }
            Map<String, ?> accepted = TenantContext.call(from.tenantId(), () -> handler.handle(from, message));
            return codec.frame(type + ".accepted", clock.instant(), accepted == null ? Map.of() : accepted);
        } catch (ApiException e) {
            return error(connection, type, e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Real-time message %s from %s failed", type, from);
            return error(connection, type, new ApiException(500, "internal-error"));
        }
    }

    private String error(WebSocketConnection connection, String replyTo, ApiException e) {
        Locale locale = locale(connection);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", e.messageKey());
        payload.put("status", e.status());
        payload.put("detail", ProblemMessages.detail(e.messageKey(), e.args(), locale));
        if (replyTo != null) {
            payload.put("replyTo", replyTo);
        }
        if (e.fieldErrors() != null && !e.fieldErrors().isEmpty()) {
            payload.put("errors", e.fieldErrors());
        }
        return codec.frame("error", clock.instant(), payload);
    }

    private static Locale locale(WebSocketConnection connection) {
        String header = connection.handshakeRequest().header("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale> wanted = Locale.LanguageRange.parse(header).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList();
            return ProblemMessages.pick(wanted);
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
