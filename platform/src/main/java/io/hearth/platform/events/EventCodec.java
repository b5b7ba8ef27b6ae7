package io.hearth.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The envelope on the wire: JSON with ISO-8601 instants (the application's ObjectMapper). */
@ApplicationScoped
public class EventCodec {

    @Inject
    ObjectMapper json;

    public String encode(EventEnvelope event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Encoding event " + event.id() + " failed", e);
        }
    }

    public EventEnvelope decode(String text) {
        try {
            return json.readValue(text, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an event envelope: " + e.getOriginalMessage(), e);
        }
    }

    /** A row {@code id, tenant_id, type, aggregate_type, aggregate_id, occurred_at, payload::text}. */
    public EventEnvelope fromRow(Object[] r) {
        try {
            return new EventEnvelope((java.util.UUID) r[0], (java.util.UUID) r[1], (String) r[2], (String) r[3],
                    (String) r[4], instant(r[5]), json.readTree((String) r[6]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored payload of event " + r[0] + " is not JSON", e);
        }
    }

    private static java.time.Instant instant(Object v) {
        if (v instanceof java.time.Instant i) {
            return i;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + v.getClass());
    }
}
