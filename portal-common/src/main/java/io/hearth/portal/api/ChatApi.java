package io.hearth.portal.api;

import java.time.Instant;
import java.util.List;

/** The platform's chat DTOs: the support inbox ({@code /api/tenant/support}) and orders' conversations. */
public final class ChatApi {

    private ChatApi() {
    }

    public record Message(String id, String conversationId, long seq, String senderKind, String senderId, String type,
            String text, String fileId, String fileUrl, Instant sentAt) {

        public boolean fromCustomer() {
            return "CUSTOMER".equals(senderKind);
        }
    }

    public record InboxRow(String id, String customerId, String customerName, String customerPhone,
            long lastMessageSeq, long lastReadSeq, long unread, Message lastMessage, Instant activityAt) {
    }

    /** Newest first; {@code nextBeforeSeq}: the next older page, null when the first message is on this page. */
    public record MessagePage(String conversationId, List<Message> messages, Long nextBeforeSeq, Long nextAfterSeq,
            long lastReadSeq) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    public record SendInput(String type, String text, String fileId, String clientMessageId) {
    }

    public record Sent(Message message, boolean duplicate) {
    }

    public record ReadInput(Long seq) {
    }

    public record ReadMark(String conversationId, long lastReadSeq, long unread) {
    }
}
