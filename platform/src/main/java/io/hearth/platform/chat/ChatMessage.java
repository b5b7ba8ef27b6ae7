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

/** One message, immutable once written; {@code seq} is its place in the conversation (1, 2, 3, ...). */
@Entity
@Table(name = "chat_message")
public class ChatMessage {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    public UUID conversationId;

    @Column(nullable = false, updatable = false)
    public long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", nullable = false, updatable = false)
    public SenderKind senderKind;

    @Column(name = "sender_id", updatable = false)
    public UUID senderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MessageType type;

    @Column(updatable = false)
    public String text;

    @Column(name = "file_id", updatable = false)
    public UUID fileId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "client_message_id", updatable = false)
    public String clientMessageId;
}
