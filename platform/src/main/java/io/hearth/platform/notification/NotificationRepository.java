package io.hearth.platform.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Newest first; {@code before} = the last item of the previous page (keyset over created_at, id). */
    public List<Notification> page(RecipientKind kind, UUID recipient, boolean unreadOnly, Notification before, int limit) {
        StringBuilder q = new StringBuilder("recipientKind = :kind and recipientId = :who");
        Parameters p = Parameters.with("kind", kind).and("who", recipient);
        if (unreadOnly) {
            q.append(" and readAt is null");
        }
        if (before != null) {
            q.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            p.and("at", before.createdAt).and("id", before.id);
        }
        q.append(" order by createdAt desc, id desc");
        return find(q.toString(), p).page(0, limit).list();
    }

    public Optional<Notification> ofRecipient(UUID id, RecipientKind kind, UUID recipient) {
        return find("id = ?1 and recipientKind = ?2 and recipientId = ?3", id, kind, recipient).firstResultOptional();
    }

    public long unread(RecipientKind kind, UUID recipient) {
        return count("recipientKind = ?1 and recipientId = ?2 and readAt is null", kind, recipient);
    }

    public int readAll(RecipientKind kind, UUID recipient, Instant now) {
        return update("readAt = ?1 where recipientKind = ?2 and recipientId = ?3 and readAt is null", now, kind, recipient);
    }
}
