package io.hearth.platform.notification;

import java.util.Map;

/**
 * A template filled in for one recipient: IN_APP {@code title} + {@code body}; SMS {@code templateCode} +
 * {@code params}; WECHAT {@code templateId}, {@code page}, {@code lang} and {@code params} (already cut to WeChat's
 * limits).
 */
public record Rendered(Channel channel, String locale, String title, String body, String templateCode,
        String templateId, String page, String lang, Map<String, String> params) {
}
