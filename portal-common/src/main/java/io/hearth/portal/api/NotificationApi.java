package io.hearth.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The platform's notification-template DTOs ({@code /api/tenant/notification-templates}). */
public final class NotificationApi {

    private NotificationApi() {
    }

    /**
     * One template by channel: IN_APP {@code title} + {@code body}; SMS {@code templateCode} + {@code params};
     * WECHAT {@code templateId}, {@code page} + {@code params}. Texts hold placeholders written {@code {orderNo}}.
     */
    public record Content(String title, String body, String templateCode, String templateId, String page,
            Map<String, String> params) {
    }

    /** The effective template: the tenant's own ({@code overridden}) or the built-in one. */
    public record Template(String event, String channel, String locale, Content content, boolean overridden,
            List<String> placeholders, Instant updatedAt, String updatedBy) {
    }

    public record Rendered(String channel, String locale, String title, String body, String templateCode,
            String templateId, String page, String lang, Map<String, String> params) {
    }

    public record Preview(String event, String channel, String locale, Rendered rendered) {
    }
}
