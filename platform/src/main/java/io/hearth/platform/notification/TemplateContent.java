package io.hearth.platform.notification;

import java.util.Map;
import java.util.TreeMap;

/**
 * One template, by channel: IN_APP uses {@code title} and {@code body}; SMS a provider {@code templateCode} and
 * {@code params} (the provider's variable names → text); WECHAT a subscribe-message {@code templateId}, an optional
 * mini-program {@code page} and {@code params} (WeChat keys such as {@code thing1}, {@code time2} → text). Texts
 * contain placeholders written {@code {orderNo}}.
 */
public record TemplateContent(String title, String body, String templateCode, String templateId, String page,
        Map<String, String> params) {

    public TemplateContent {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public static TemplateContent inApp(String title, String body) {
        return new TemplateContent(title, body, null, null, null, Map.of());
    }
}
