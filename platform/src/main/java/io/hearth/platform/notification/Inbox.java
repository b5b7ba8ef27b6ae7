package io.hearth.platform.notification;

import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The in-app inbox of customers and workers: stored by the consumer at once, listed newest first (keyset), counted
 * and marked read by its owner only (someone else's id is 404). Every new or read notice pushes
 * {@code notification.new} / {@code notification.read} with the unread count to the recipient over the real-time bus.
 */
@ApplicationScoped
@Transactional
public class Inbox {

    static final int MAX_LIMIT = 100;

    @Inject
    NotificationRepository notifications;

    @Inject
    EntityManager em;

    @Inject
    RealtimeBus realtime;

    @Inject
    Clock clock;

    /** Stores the notice unless the recipient already has one for {@code dedupKey}; answers whether it was new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(RecipientKind kind, UUID recipient, NotificationEvent event, String dedupKey, UUID orderId,
            Rendered r) {
        UUID tenant = TenantContext.require();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int inserted = em.createNativeQuery("insert into notification (tenant_id, id, recipient_kind, recipient_id, event,"
                + " dedup_key, title, body, order_id, created_at) values (cast(:t as uuid), :id, :kind, :who, :event, :key,"
                + " :title, :body, :order, :now) on conflict (tenant_id, recipient_kind, recipient_id, dedup_key) do nothing")
                .setParameter("t", tenant.toString()).setParameter("id", id).setParameter("kind", kind.name())
                .setParameter("who", recipient).setParameter("event", event.key()).setParameter("key", dedupKey)
                .setParameter("title", r.title()).setParameter("body", r.body()).setParameter("order", orderId)
                .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        realtime.publish(audience(tenant, kind, recipient), "notification.new", Map.of("id", id.toString(),
                "event", event.key(), "title", r.title(), "unreadCount", notifications.unread(kind, recipient)));
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationDto.Page list(RecipientKind kind, UUID recipient, boolean unreadOnly, UUID before, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "notification-limit", 1, MAX_LIMIT);
        }
        Notification cursor = before == null ? null : notifications.ofRecipient(before, kind, recipient)
                .orElseThrow(() -> ApiException.notFound("Notification", before));
        List<Notification> page = notifications.page(kind, recipient, unreadOnly, cursor, limit + 1);
        boolean more = page.size() > limit;
        List<Notification> shown = more ? page.subList(0, limit) : page;
        return new NotificationDto.Page(shown.stream().map(Inbox::item).toList(),
                more ? shown.get(shown.size() - 1).id : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationDto.UnreadCount unread(RecipientKind kind, UUID recipient) {
        return new NotificationDto.UnreadCount(notifications.unread(kind, recipient));
    }

    public NotificationDto.Item markRead(RecipientKind kind, UUID recipient, UUID id) {
        Notification n = notifications.ofRecipient(id, kind, recipient)
                .orElseThrow(() -> ApiException.notFound("Notification", id));
        if (n.readAt == null) {
            n.readAt = clock.instant();
            notifications.flush();
            pushCount(kind, recipient);
        }
        return item(n);
    }

    public NotificationDto.UnreadCount markAllRead(RecipientKind kind, UUID recipient) {
        if (notifications.readAll(kind, recipient, clock.instant()) > 0) {
            pushCount(kind, recipient);
        }
        return new NotificationDto.UnreadCount(0);
    }

    private void pushCount(RecipientKind kind, UUID recipient) {
        realtime.publish(audience(TenantContext.require(), kind, recipient), "notification.read",
                Map.of("unreadCount", notifications.unread(kind, recipient)));
    }

    private static Audience audience(UUID tenant, RecipientKind kind, UUID recipient) {
        return kind == RecipientKind.CUSTOMER ? Audience.customer(tenant, recipient) : Audience.worker(tenant, recipient);
    }

    private static NotificationDto.Item item(Notification n) {
        return new NotificationDto.Item(n.id, n.event, n.title, n.body, n.orderId, n.createdAt, n.readAt);
    }
}
