package io.hearth.platform.chat;

import io.hearth.platform.file.Purpose;
import io.hearth.platform.file.StoredFiles;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sending, reading and marking messages of a conversation already reached through {@link ConversationAccess}.
 * A message is checked completely before anything is written; its seq is the conversation's last one plus one,
 * taken under the conversation's row lock, so seqs have no gaps and no duplicates. The sender's read mark moves
 * to their own message, and the other participants hear of it after commit ({@code chat.message}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChatMessages {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_PAGE = 100;

    @Inject
    ConversationRepository conversations;

    @Inject
    ChatMessageRepository messages;

    @Inject
    ReadMarks reads;

    @Inject
    StoredFiles files;

    @Inject
    ChatRateLimit rateLimit;

    @Inject
    RealtimeBus realtime;

    @Inject
    Clock clock;

    /** The body as it will be stored: trimmed and masked text, or an image file the sender owns. */
    record Body(MessageType type, String text, UUID fileId) {
    }

    /** Checks a message before any conversation is touched (nothing is written for bad input). */
    Body body(Participant sender, ChatDto.SendInput in) {
        if (in.type() == MessageType.TEXT) {
            if (in.fileId() != null) {
                throw ApiException.unprocessable("chat-text-with-file");
            }
            String text = in.text() == null ? "" : in.text().strip();
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                throw new ApiException(422, "chat-text-length", MAX_TEXT, text.length());
            }
            return new Body(MessageType.TEXT, PhoneMasking.mask(text), null);
        }
        if (in.text() != null && !in.text().isBlank()) {
            throw ApiException.unprocessable("chat-image-with-text");
        }
        if (in.fileId() == null) {
            throw ApiException.unprocessable("chat-image-file-required");
        }
        files.requireOwnedBy(in.fileId(), sender.kind().name().toLowerCase(Locale.ROOT), sender.id(), Purpose.CHAT_IMAGE);
        return new Body(MessageType.IMAGE, null, in.fileId());
    }

    public ChatDto.Sent send(ConversationAccess.Access access, Body body, String clientMessageId) {
        if (!access.writable()) {
            throw ApiException.conflict("chat-closed");
        }
        Participant sender = access.participant();
        Conversation c = conversations.lock(access.conversation());
        if (clientMessageId != null) {
            Optional<ChatMessage> earlier = messages.byClientId(c.id, sender, clientMessageId);
            if (earlier.isPresent()) {
                return new ChatDto.Sent(ChatDto.Message.of(earlier.get()), true);
            }
        }
        rateLimit.take(TenantContext.require(), sender);
        Instant now = clock.instant();
        ChatMessage m = new ChatMessage();
        m.id = UUID.randomUUID();
        m.conversationId = c.id;
        m.seq = c.lastMessageSeq + 1;
        m.senderKind = sender.kind();
        m.senderId = sender.id();
        m.type = body.type();
        m.text = body.text();
        m.fileId = body.fileId();
        m.sentAt = now;
        m.clientMessageId = clientMessageId;
        messages.persist(m);
        c.lastMessageSeq = m.seq;
        c.lastMessageAt = now;
        c.activityAt = now;
        messages.flush();
        reads.advance(c.id, sender, m.seq, now);
        ChatDto.Message view = ChatDto.Message.of(m);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("conversationId", c.id);
        payload.put("kind", c.kind.name());
        payload.put("orderId", c.orderId);
        payload.put("seq", m.seq);
        payload.put("senderKind", m.senderKind.name());
        payload.put("type", m.type.name());
        payload.put("text", m.text);
        payload.put("fileUrl", view.fileUrl());
        payload.put("sentAt", m.sentAt.toString());
        for (Audience to : access.others()) {
            realtime.publish(to, "chat.message", payload);
        }
        return new ChatDto.Sent(view, false);
    }

    /** Newest first below {@code beforeSeq} (default: from the newest), or oldest first above {@code afterSeq}. */
    public ChatDto.MessagePage page(ConversationAccess.Access access, Long beforeSeq, Long afterSeq, int limit) {
        Conversation c = access.conversation();
        long lastRead = reads.of(c.id, access.participant());
        return page(c.id, c.lastMessageSeq, beforeSeq, afterSeq, limit, lastRead);
    }

    static ChatDto.MessagePage empty(UUID conversationId) {
        return new ChatDto.MessagePage(conversationId, List.of(), null, null, 0);
    }

    private ChatDto.MessagePage page(UUID conversationId, long last, Long beforeSeq, Long afterSeq, int limit,
            long lastRead) {
        if (beforeSeq != null && afterSeq != null) {
            throw new ApiException(400, "chat-page-both-cursors");
        }
        if (afterSeq != null) {
            List<ChatMessage> found = messages.after(conversationId, afterSeq, limit);
            Long next = found.isEmpty() || found.get(found.size() - 1).seq >= last ? null
                    : found.get(found.size() - 1).seq;
            return new ChatDto.MessagePage(conversationId, found.stream().map(ChatDto.Message::of).toList(), null, next,
                    lastRead);
        }
        long before = beforeSeq == null ? Long.MAX_VALUE : beforeSeq;
        List<ChatMessage> found = messages.before(conversationId, before, limit);
        Long next = found.isEmpty() || found.get(found.size() - 1).seq <= 1 ? null : found.get(found.size() - 1).seq;
        return new ChatDto.MessagePage(conversationId, found.stream().map(ChatDto.Message::of).toList(), next, null,
                lastRead);
    }

    /** Moves the participant's read mark (never back); the other side hears of it ({@code chat.read}). */
    public ChatDto.ReadMark read(ConversationAccess.Access access, long seq) {
        Conversation c = access.conversation();
        if (seq > c.lastMessageSeq) {
            throw new ApiException(422, "chat-read-beyond-last", seq, c.lastMessageSeq);
        }
        Participant reader = access.participant();
        long stored = reads.advance(c.id, reader, seq, clock.instant());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("conversationId", c.id);
        payload.put("kind", c.kind.name());
        payload.put("orderId", c.orderId);
        payload.put("readerKind", reader.kind().name());
        payload.put("lastReadSeq", stored);
        for (Audience to : access.others()) {
            realtime.publish(to, "chat.read", payload);
        }
        return new ChatDto.ReadMark(c.id, stored, Math.max(0, c.lastMessageSeq - stored));
    }
}
