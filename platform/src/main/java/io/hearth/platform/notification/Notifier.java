package io.hearth.platform.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sends one event to one recipient on every channel they did not opt out of, in their language (customers have no
 * stored language yet, so the tenant's default): IN_APP stored at once; SMS and WECHAT written as PENDING deliveries
 * (sent after commit by {@link DeliverySender}), not before the end of the tenant's quiet hours. WeChat needs a
 * template id (the tenant's) and the customer's openid; workers get no WeChat messages. Idempotent per
 * {@code dedupKey}.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    Templates templates;

    @Inject
    Preferences preferences;

    @Inject
    Inbox inbox;

    @Inject
    TenantSettingsLookup settings;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(RecipientKind kind, UUID recipient, NotificationEvent event, String dedupKey, OrderFacts facts) {
        String locale = NotificationLocales.of(facts.tenantLocale());
        Instant now = clock.instant();
        UUID tenant = TenantContext.require();
        Instant notBefore = QuietWindow.notBefore(now, facts.zone(), settings.of(tenant).settings().quietHours());
        for (Channel channel : Channel.values()) {
            if (!preferences.wants(kind, recipient, event, channel)) {
                continue;
            }
            TemplateContent template = templates.effective(event, channel, locale).orElse(null);
            if (template == null) {
                continue;
            }
            switch (channel) {
                case IN_APP -> inbox.store(kind, recipient, event, dedupKey, facts.orderId(),
                        NotificationRenderer.render(channel, locale, template, facts));
                case SMS -> enqueue(tenant, channel, kind, recipient, event, dedupKey, facts,
                        NotificationRenderer.render(channel, locale, template, facts), notBefore, now);
                case WECHAT -> {
                    if (kind == RecipientKind.CUSTOMER && template.templateId() != null && hasOpenid(tenant, recipient)) {
                        enqueue(tenant, channel, kind, recipient, event, dedupKey, facts,
                                NotificationRenderer.render(channel, locale, template, facts), notBefore, now);
                    }
                }
            }
        }
    }

    private void enqueue(UUID tenant, Channel channel, RecipientKind kind, UUID recipient, NotificationEvent event,
            String dedupKey, OrderFacts facts, Rendered rendered, Instant notBefore, Instant now) {
        String content;
        try {
            content = json.writeValueAsString(rendered);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("insert into notification_delivery (tenant_id, id, channel, recipient_kind, recipient_id,"
                + " event, dedup_key, order_id, content, state, not_before, attempts, created_at, updated_at)"
                + " values (cast(:t as uuid), :id, :channel, :kind, :who, :event, :key, :order, cast(:content as jsonb),"
                + " 'PENDING', :notBefore, 0, :now, :now)"
                + " on conflict (tenant_id, channel, recipient_kind, recipient_id, dedup_key) do nothing")
                .setParameter("t", tenant.toString()).setParameter("id", UUID.randomUUID())
                .setParameter("channel", channel.name()).setParameter("kind", kind.name()).setParameter("who", recipient)
                .setParameter("event", event.key()).setParameter("key", dedupKey).setParameter("order", facts.orderId())
                .setParameter("content", content).setParameter("notBefore", notBefore.atOffset(ZoneOffset.UTC))
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    private boolean hasOpenid(UUID tenant, UUID customer) {
        return !em.createNativeQuery("select 1 from customer where tenant_id = cast(:t as uuid) and id = :id"
                + " and wechat_openid is not null").setParameter("t", tenant.toString()).setParameter("id", customer)
                .getResultList().isEmpty();
    }
}
