package io.hearth.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One in-app notification in a customer's or worker's inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false)
    public RecipientKind recipientKind;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    public UUID recipientId;

    @Column(nullable = false, updatable = false)
    public String event;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    public String dedupKey;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
