package io.hearth.platform.notification;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantService;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's templates: its own (saved by staff, checked against the event's placeholder whitelist and length
 * limits) over the built-in defaults. {@link #effective} is what the consumer renders.
 */
@ApplicationScoped
@Transactional
public class Templates {

    @Inject
    NotificationTemplateRepository overrides;

    @Inject
    DefaultTemplates defaults;

    @Inject
    TenantService tenants;

    @Inject
    TenantSettingsLookup settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationDto.Template> list() {
        Map<String, NotificationTemplate> own = new java.util.HashMap<>();
        overrides.all().forEach(t -> own.put(t.event + "/" + t.channel + "/" + t.locale, t));
        List<NotificationDto.Template> out = new ArrayList<>();
        for (NotificationEvent e : NotificationEvent.values()) {
            for (Channel c : Channel.values()) {
                for (String locale : NotificationLocales.SUPPORTED) {
                    NotificationTemplate t = own.get(e.key() + "/" + c + "/" + locale);
                    out.add(t != null ? view(e, t) : defaultView(e, c, locale));
                }
            }
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationDto.Template get(NotificationEvent event, Channel channel, String locale) {
        NotificationLocales.require(locale);
        return overrides.of(event, channel, locale).map(t -> view(event, t)).orElseGet(() -> defaultView(event, channel, locale));
    }

    /** 422 (nothing saved) when the template names an unknown placeholder, is too long or incomplete. */
    public NotificationDto.Template put(NotificationEvent event, Channel channel, String locale, TemplateContent in,
            String by) {
        NotificationLocales.require(locale);
        if (in == null) {
            throw ApiException.unprocessable("notification-template-incomplete", "content", channel.name());
        }
        TemplateText.check(event, channel, in);
        NotificationTemplate t = overrides.of(event, channel, locale).orElseGet(() -> {
            NotificationTemplate n = new NotificationTemplate();
            n.id = UUID.randomUUID();
            n.event = event.key();
            n.channel = channel;
            n.locale = locale;
            return n;
        });
        t.content = only(channel, in);
        t.updatedBy = by;
        t.updatedAt = clock.instant();
        if (!overrides.isPersistent(t)) {
            overrides.persist(t);
        }
        return view(event, t);
    }

    /** Back to the built-in template; 404 when the tenant had none of its own. */
    public NotificationDto.Template reset(NotificationEvent event, Channel channel, String locale) {
        NotificationLocales.require(locale);
        NotificationTemplate t = overrides.of(event, channel, locale)
                .orElseThrow(() -> ApiException.notFound("NotificationTemplate", event.key() + "/" + channel + "/" + locale));
        overrides.delete(t);
        return defaultView(event, channel, locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationDto.Preview preview(NotificationEvent event, Channel channel, String locale, TemplateContent in) {
        NotificationLocales.require(locale);
        TemplateContent t;
        if (in != null) {
            TemplateText.check(event, channel, in);
            t = in;
        } else {
            t = effective(event, channel, locale).orElseThrow();
        }
        return new NotificationDto.Preview(event.key(), channel, locale,
                NotificationRenderer.render(channel, locale, t, sample(event)));
    }

    /** The tenant's template, else the default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TemplateContent> effective(NotificationEvent event, Channel channel, String locale) {
        return overrides.of(event, channel, locale).map(t -> t.content).or(() -> defaults.get(event, channel, locale));
    }

    private OrderFacts sample(NotificationEvent event) {
        UUID tenant = TenantContext.require();
        var tenantView = tenants.get(tenant);
        Instant start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return new OrderFacts(UUID.fromString("00000000-0000-0000-0000-000000000001"), "HS202611230001", null, null,
                Map.of("zh-CN", "日常保洁（2小时）", "en", "Standard cleaning (2 hours)"), start, 12800L, "王阿姨",
                event == NotificationEvent.REFUNDED ? 5000L : null, tenantView.branding().displayName(),
                settings.of(tenant).zone(), tenantView.defaultLocale());
    }

    /** Keeps only what the channel uses, so a stray field is not stored. */
    private static TemplateContent only(Channel channel, TemplateContent in) {
        return switch (channel) {
            case IN_APP -> TemplateContent.inApp(in.title(), in.body());
            case SMS -> new TemplateContent(null, null, in.templateCode(), null, null, in.params());
            case WECHAT -> new TemplateContent(null, null, null, in.templateId(), in.page(), in.params());
        };
    }

    private NotificationDto.Template defaultView(NotificationEvent e, Channel c, String locale) {
        return new NotificationDto.Template(e.key(), c, locale, defaults.get(e, c, locale).orElseThrow(), false,
                placeholders(e), null, null);
    }

    private static NotificationDto.Template view(NotificationEvent e, NotificationTemplate t) {
        return new NotificationDto.Template(e.key(), t.channel, t.locale, t.content, true, placeholders(e), t.updatedAt,
                t.updatedBy);
    }

    private static List<String> placeholders(NotificationEvent e) {
        return e.placeholders().stream().sorted().toList();
    }
}
