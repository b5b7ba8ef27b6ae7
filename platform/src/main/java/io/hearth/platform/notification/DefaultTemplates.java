package io.hearth.platform.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in templates ({@code notification/default-templates.json}): for every event, channel and supported
 * locale. WeChat defaults carry the key mapping and page but no template id (each mini program picks its own
 * templates in the WeChat console), so WeChat messages start once a tenant saves its template id.
 */
@ApplicationScoped
public class DefaultTemplates {

    private final Map<NotificationEvent, Map<Channel, Map<String, TemplateContent>>> defaults = new EnumMap<>(
            NotificationEvent.class);

    @Inject
    public DefaultTemplates(ObjectMapper json) {
        try (InputStream in = DefaultTemplates.class.getResourceAsStream("/notification/default-templates.json")) {
            Map<String, Map<String, Map<String, TemplateContent>>> raw = json.readValue(in,
                    new TypeReference<Map<String, Map<String, Map<String, TemplateContent>>>>() {
                    });
            raw.forEach((event, channels) -> {
                Map<Channel, Map<String, TemplateContent>> byChannel = new EnumMap<>(Channel.class);
                channels.forEach((channel, locales) -> byChannel.put(Channel.valueOf(channel), Map.copyOf(locales)));
                defaults.put(NotificationEvent.parse(event), byChannel);
            });
        } catch (IOException e) {
            throw new IllegalStateException("notification/default-templates.json is unreadable", e);
        }
        for (NotificationEvent e : NotificationEvent.values()) {
            for (Channel c : Channel.values()) {
                for (String locale : NotificationLocales.SUPPORTED) {
                    if (get(e, c, locale).isEmpty()) {
                        throw new IllegalStateException("No default template for " + e + "/" + c + "/" + locale);
                    }
                }
            }
        }
    }

    public Optional<TemplateContent> get(NotificationEvent event, Channel channel, String locale) {
        return Optional.ofNullable(defaults.getOrDefault(event, Map.of()).getOrDefault(channel, Map.of()).get(locale));
    }
}
