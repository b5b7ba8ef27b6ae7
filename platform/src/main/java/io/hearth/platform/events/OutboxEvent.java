package io.hearth.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the outbox. Deliberately without {@code @TenantId}: the tenant is explicit (null for platform events)
 * and the relay reads across tenants. Persisted through the caller's session, so it is inserted at the caller's
 * flush/commit like every other change of that transaction.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String status = "PENDING";

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
