package io.hearth.platform.dispatch.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * An exception on the dispatch board: one order, one kind. Raised by {@link ExceptionMonitor} (or a complaint)
 * with a conditional insert; acknowledged and resolved by staff, or resolved automatically when the order's
 * events clear the condition ({@link AlertAutoResolution}).
 */
@Entity
@Table(name = "dispatch_alert")
public class DispatchAlert {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertState state;

    /** When the watched condition began (see V17): one alert per episode. */
    @Column(name = "episode_at", nullable = false, updatable = false)
    public Instant episodeAt;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public JsonNode details;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_automatically", nullable = false)
    public boolean resolvedAutomatically;

    @Version
    public int version;
}
