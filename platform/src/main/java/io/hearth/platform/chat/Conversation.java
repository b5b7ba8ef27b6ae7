package io.hearth.platform.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One conversation; {@code lastMessageSeq} is the seq of its newest message (0: none yet). */
@Entity
@Table(name = "conversation")
public class Conversation {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConversationKind kind;

    @Column(name = "order_id", updatable = false)
    public UUID orderId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "worker_id")
    public UUID workerId;

    @Column(name = "last_message_seq", nullable = false)
    public long lastMessageSeq;

    @Column(name = "last_message_at")
    public Instant lastMessageAt;

    @Column(name = "activity_at", nullable = false)
    public Instant activityAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
