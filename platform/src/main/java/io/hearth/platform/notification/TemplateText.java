package io.hearth.platform.notification;

import io.hearth.platform.shared.web.ApiException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in template texts: {@code {name}} is replaced by the value of {@code name}; any other text is kept as
 * written. Pure.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Longest template text (title, body line, parameter) a tenant may save. */
    static final int MAX_TITLE = 60;
    static final int MAX_BODY = 500;
    static final int MAX_PARAM = 100;
    static final int MAX_PARAMS = 10;

    private TemplateText() {
    }

    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Unknown names render as empty: the whitelist is checked when a template is saved. */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Refuses (422) a template that names a placeholder outside the event's whitelist, is longer than allowed, or
     * lacks what its channel needs. {@code field} names are the JSON fields, so the answer says which one.
     */
    public static void check(NotificationEvent event, Channel channel, TemplateContent c) {
        switch (channel) {
            case IN_APP -> {
                require(c.title(), "title", channel);
                require(c.body(), "body", channel);
                text(event, "title", c.title(), MAX_TITLE);
                text(event, "body", c.body(), MAX_BODY);
            }
            case SMS -> {
                require(c.templateCode(), "templateCode", channel);
                length("templateCode", c.templateCode(), 40);
                params(event, c.params());
            }
            case WECHAT -> {
                require(c.templateId(), "templateId", channel);
                length("templateId", c.templateId(), 128);
                if (c.page() != null) {
                    text(event, "page", c.page(), 200);
                }
                if (c.params().isEmpty()) {
                    throw ApiException.unprocessable("notification-template-incomplete", "params", channel);
                }
                c.params().keySet().forEach(WeChatValues::requireKnownKey);
                params(event, c.params());
            }
        }
    }

    private static void params(NotificationEvent event, Map<String, String> params) {
        if (params.size() > MAX_PARAMS) {
            throw ApiException.unprocessable("notification-template-too-many-params", params.size(), MAX_PARAMS);
        }
        params.forEach((name, text) -> {
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
                throw ApiException.unprocessable("notification-template-param-name", String.valueOf(name));
            }
            require(text, "params." + name, null);
            text(event, "params." + name, text, MAX_PARAM);
        });
    }

    private static void text(NotificationEvent event, String field, String text, int max) {
        length(field, text, max);
        for (String name : placeholders(text)) {
            if (!event.placeholders().contains(name)) {
                throw ApiException.unprocessable("notification-template-placeholder-unknown", name, field, event.key(),
                        String.join(", ", new java.util.TreeSet<>(event.placeholders())));
            }
        }
    }

    private static void length(String field, String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw ApiException.unprocessable("notification-template-too-long", field, max);
        }
    }

    private static void require(String text, String field, Channel channel) {
        if (text == null || text.isBlank()) {
            throw ApiException.unprocessable("notification-template-incomplete", field,
                    channel == null ? "" : channel.name());
        }
    }
}
