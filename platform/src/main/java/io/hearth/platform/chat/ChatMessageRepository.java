package io.hearth.platform.chat;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class ChatMessageRepository implements PanacheRepositoryBase<ChatMessage, UUID> {

    public Optional<ChatMessage> byClientId(UUID conversationId, Participant sender, String clientMessageId) {
        return find("conversationId = ?1 and senderKind = ?2 and senderId = ?3 and clientMessageId = ?4", conversationId,
                sender.kind(), sender.id(), clientMessageId).firstResultOptional();
    }

    public Optional<ChatMessage> at(UUID conversationId, long seq) {
        return find("conversationId = ?1 and seq = ?2", conversationId, seq).firstResultOptional();
    }

    /** Up to {@code limit} messages with seq below {@code beforeSeq}, newest first. */
    public List<ChatMessage> before(UUID conversationId, long beforeSeq, int limit) {
        return find("conversationId = ?1 and seq < ?2", Sort.descending("seq"), conversationId, beforeSeq)
                .page(0, limit).list();
    }

    /** Up to {@code limit} messages with seq above {@code afterSeq}, oldest first. */
    public List<ChatMessage> after(UUID conversationId, long afterSeq, int limit) {
        return find("conversationId = ?1 and seq > ?2", Sort.ascending("seq"), conversationId, afterSeq)
                .page(0, limit).list();
    }
}
