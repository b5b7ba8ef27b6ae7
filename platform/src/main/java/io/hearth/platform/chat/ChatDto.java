package io.hearth.platform.chat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class ChatDto {

    private ChatDto() {
    }

    /**
     * A message to send: TEXT with {@code text} (1..1000 characters after trimming), or IMAGE with {@code fileId} (a
     * CHAT_IMAGE file the sender uploaded). {@code clientMessageId} makes a resend idempotent: the same id from the
     * same sender in the same conversation answers the message already stored.
     */
    public record SendInput(@NotNull MessageType type, String text, UUID fileId,
            @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String clientMessageId) {
    }

    /** Everything up to and including {@code seq} has been read. */
    public record ReadInput(@NotNull @Min(0) Long seq) {
    }

    /** {@code fileUrl}: where the image is read ({@code GET /api/files/{id}}, the file module's access URL). */
    public record Message(UUID id, UUID conversationId, long seq, SenderKind senderKind, UUID senderId, MessageType type,
            String text, UUID fileId, String fileUrl, Instant sentAt) {

        static Message of(ChatMessage m) {
            return new Message(m.id, m.conversationId, m.seq, m.senderKind, m.senderId, m.type, m.text, m.fileId,
                    fileUrl(m.fileId), m.sentAt);
        }

        static String fileUrl(UUID fileId) {
            return fileId == null ? null : "/api/files/" + fileId;
        }
    }

    /** A sent message; {@code duplicate}: a resend with a known clientMessageId, nothing new was stored. */
    public record Sent(Message message, boolean duplicate) {
    }

    /**
     * One conversation as a participant sees it. {@code writable}: whether this participant may send now (an
     * order's conversation closes {@code hearth.chat.writable-days-after-close} days after the order closed).
     */
    public record Conversation(UUID id, ConversationKind kind, UUID orderId, String orderNo, long lastMessageSeq,
            long lastReadSeq, long unread, Message lastMessage, Instant activityAt, boolean writable) {
    }

    /** A support conversation in the staff inbox; the customer's phone masked. */
    public record InboxRow(UUID id, UUID customerId, String customerName, String customerPhone, long lastMessageSeq,
            long lastReadSeq, long unread, Message lastMessage, Instant activityAt) {
    }

    /**
     * A page of messages. Newest first with {@code beforeSeq} (or none): the next older page is
     * {@code ?beforeSeq=nextBeforeSeq}, null when the first message is on this page. Oldest first with
     * {@code afterSeq} (catching up after a reconnect): the next page is {@code ?afterSeq=nextAfterSeq}, null when
     * the newest message is on this page.
     */
    public record MessagePage(UUID conversationId, List<Message> messages, Long nextBeforeSeq, Long nextAfterSeq,
            long lastReadSeq) {
    }

    /** A page of a list, newest activity first; {@code nextCursor} null on the last page. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** Unread messages of a participant: the sum, and in how many conversations. */
    public record Unread(long messages, long conversations) {
    }

    /** A read mark as stored (never lower than before). */
    public record ReadMark(UUID conversationId, long lastReadSeq, long unread) {
    }
}
