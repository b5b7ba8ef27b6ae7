package io.hearth.platform.chat;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Conversation lists with unread counts and the last message, newest activity first, in one query per page
 * (keyset over {@code (activity_at, id)}). Unread = the conversation's last seq minus the reader's mark: sending
 * moves the sender's own mark, so what lies beyond it was written by others.
 */
@ApplicationScoped
public class ChatLists {

    /** Whose conversations: a customer's (both kinds), a worker's order conversations, the support inbox. */
    enum Scope {
        CUSTOMER, WORKER, SUPPORT_INBOX
    }

    /** One row of a list: the conversation, the reader's mark and its last message (null before the first). */
    record Row(UUID id, ConversationKind kind, UUID orderId, UUID customerId, UUID workerId, long lastMessageSeq,
            long lastReadSeq, Instant activityAt, ChatDto.Message lastMessage) {

        long unread() {
            return Math.max(0, lastMessageSeq - lastReadSeq);
        }
    }

    record Rows(List<Row> rows, String nextCursor) {
    }

    private static final String FROM = " from conversation c"
            + " left join conversation_read r on r.tenant_id = c.tenant_id and r.conversation_id = c.id"
            + " and r.participant_kind = :pk and r.participant_id = :pid";

    @Inject
    EntityManager em;

    Rows page(Scope scope, Participant reader, boolean unreadOnly, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("select c.id, c.kind, c.order_id, c.customer_id, c.worker_id,"
                + " c.last_message_seq, coalesce(r.last_read_seq, 0), c.activity_at,"
                + " m.id, m.seq, m.sender_kind, m.sender_id, m.type, m.text, m.file_id, m.sent_at")
                .append(FROM)
                .append(" left join chat_message m on m.tenant_id = c.tenant_id and m.conversation_id = c.id"
                        + " and m.seq = c.last_message_seq")
                .append(where(scope, unreadOnly));
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.parse(cursor);
        if (after != null) {
            sql.append(" and (c.activity_at, c.id) < (:at, :aid)");
        }
        sql.append(" order by c.activity_at desc, c.id desc limit :n");
        Query q = bind(em.createNativeQuery(sql.toString()), scope, reader).setParameter("n", limit + 1);
        if (after != null) {
            q.setParameter("at", after.at().atOffset(ZoneOffset.UTC)).setParameter("aid", after.id());
        }
        List<Row> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            rows.add(row((Object[]) o));
        }
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Row last = rows.get(limit - 1);
            next = new Cursor(last.activityAt(), last.id()).encode();
        }
        return new Rows(List.copyOf(rows), next);
    }

    ChatDto.Unread unread(Scope scope, Participant reader) {
        Object[] r = (Object[]) bind(em.createNativeQuery("select coalesce(sum(c.last_message_seq - coalesce(r.last_read_seq, 0)), 0),"
                + " count(*)" + FROM + where(scope, true)), scope, reader).getSingleResult();
        return new ChatDto.Unread(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    private static String where(Scope scope, boolean unreadOnly) {
        String who = switch (scope) {
            case CUSTOMER -> " where c.tenant_id = cast(:t as uuid) and c.customer_id = :me";
            case WORKER -> " where c.tenant_id = cast(:t as uuid) and c.kind = 'ORDER' and c.worker_id = :me";
            case SUPPORT_INBOX -> " where c.tenant_id = cast(:t as uuid) and c.kind = 'SUPPORT'";
        };
        return unreadOnly ? who + " and c.last_message_seq > coalesce(r.last_read_seq, 0)" : who;
    }

    private static Query bind(Query q, Scope scope, Participant reader) {
        q.setParameter("t", TenantContext.require().toString())
                .setParameter("pk", reader.kind().name())
                .setParameter("pid", reader.readerId());
        if (scope != Scope.SUPPORT_INBOX) {
            q.setParameter("me", reader.id());
        }
        return q;
    }

    private static Row row(Object[] r) {
        ChatDto.Message last = null;
        if (r[8] != null) {
            UUID fileId = (UUID) r[14];
            last = new ChatDto.Message((UUID) r[8], (UUID) r[0], ((Number) r[9]).longValue(),
                    SenderKind.valueOf((String) r[10]), (UUID) r[11], MessageType.valueOf((String) r[12]), (String) r[13],
                    fileId, ChatDto.Message.fileUrl(fileId), instant(r[15]));
        }
        return new Row((UUID) r[0], ConversationKind.valueOf((String) r[1]), (UUID) r[2], (UUID) r[3], (UUID) r[4],
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), instant(r[7]), last);
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + o);
    }

    /** Opaque to clients: the last row's activity time and id. */
    record Cursor(Instant at, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String s) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new ApiException(400, "chat-cursor-invalid");
            }
        }
    }
}
