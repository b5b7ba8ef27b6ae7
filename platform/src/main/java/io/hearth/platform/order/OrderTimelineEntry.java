package io.hearth.platform.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One change of an order: who, when, from which state to which, why. Written once, never updated. */
@Entity
@Table(name = "order_timeline")
public class OrderTimelineEntry {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false)
    public Actor.Kind actorKind;

    @Column(name = "actor_id", updatable = false)
    public String actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public OrderAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public OrderStatus toStatus;

    @Column(updatable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public JsonNode details;
}
