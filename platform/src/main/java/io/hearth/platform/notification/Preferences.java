package io.hearth.platform.notification;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Per-user opt-outs by event × channel (no row = wanted). In-app notices of cancellations and refunds cannot be
 * turned off: they are how a customer learns that their order or money changed, so they are {@code locked}.
 */
@ApplicationScoped
@Transactional
public class Preferences {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    static boolean locked(NotificationEvent event, Channel channel) {
        return channel == Channel.IN_APP && (event == NotificationEvent.CANCELLED || event == NotificationEvent.REFUNDED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationDto.Preference> of(RecipientKind kind, UUID recipient) {
        Set<String> off = optedOut(kind, recipient);
        List<NotificationDto.Preference> out = new ArrayList<>();
        for (NotificationEvent e : NotificationEvent.values()) {
            for (Channel c : Channel.values()) {
                out.add(new NotificationDto.Preference(e.key(), c, !off.contains(e.key() + "/" + c), locked(e, c)));
            }
        }
        return out;
    }

    /** All changes or none: a locked or unknown one is 422 and nothing is saved. */
    public List<NotificationDto.Preference> change(RecipientKind kind, UUID recipient, NotificationDto.PreferenceInput in) {
        for (NotificationDto.PreferenceChange c : in.changes()) {
            NotificationEvent e = NotificationEvent.parse(c.event());
            if (!c.enabled() && locked(e, c.channel())) {
                throw ApiException.unprocessable("notification-opt-out-not-allowed", e.key(), c.channel());
            }
        }
        for (NotificationDto.PreferenceChange c : in.changes()) {
            em.createNativeQuery("insert into notification_preference as p (tenant_id, recipient_kind, recipient_id, event,"
                    + " channel, enabled, updated_at) values (cast(:t as uuid), :kind, :who, :event, :channel, :on, :now)"
                    + " on conflict (tenant_id, recipient_kind, recipient_id, event, channel)"
                    + " do update set enabled = excluded.enabled, updated_at = excluded.updated_at")
                    .setParameter("t", TenantContext.require().toString()).setParameter("kind", kind.name())
                    .setParameter("who", recipient).setParameter("event", NotificationEvent.parse(c.event()).key())
                    .setParameter("channel", c.channel().name()).setParameter("on", c.enabled())
                    .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        }
        return of(kind, recipient);
    }

    /** Whether the recipient wants {@code event} on {@code channel}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean wants(RecipientKind kind, UUID recipient, NotificationEvent event, Channel channel) {
        return locked(event, channel) || !optedOut(kind, recipient).contains(event.key() + "/" + channel);
    }

    private Set<String> optedOut(RecipientKind kind, UUID recipient) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select event, channel from notification_preference"
                + " where tenant_id = cast(:t as uuid) and recipient_kind = :kind and recipient_id = :who and not enabled")
                .setParameter("t", TenantContext.require().toString()).setParameter("kind", kind.name())
                .setParameter("who", recipient).getResultList();
        Set<String> off = new HashSet<>();
        rows.forEach(r -> off.add(r[0] + "/" + r[1]));
        return off;
    }
}
