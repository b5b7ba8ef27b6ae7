package io.hearth.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** What travels on the channel (as JSON) and what consumers get: the outbox row without its relay state. */
public record EventEnvelope(UUID id, UUID tenantId, String type, String aggregateType, String aggregateId,
        Instant occurredAt, JsonNode payload) {
}
