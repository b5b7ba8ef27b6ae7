package io.hearth.platform.notification;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills templates in. Times are shown in the tenant's time zone, in the recipient's language ({@code 2026年11月23日
 * 14:00} / {@code Nov 23, 2026 14:00}; WeChat {@code time} values always in the Chinese form WeChat accepts); money
 * from fen as yuan with two decimals ({@code ¥128.00}). Pure.
 */
public final class NotificationRenderer {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", java.util.Locale.ENGLISH);

    private NotificationRenderer() {
    }

    /** The placeholder values for {@code facts} as a recipient in {@code locale} reads them. */
    public static Map<String, String> values(OrderFacts facts, String locale) {
        Map<String, String> v = new HashMap<>();
        v.put("orderNo", facts.orderNo());
        v.put("orderId", facts.orderId() == null ? "" : facts.orderId().toString());
        v.put("serviceName", facts.serviceName(locale));
        v.put("startTime", facts.startAt() == null ? ""
                : facts.startAt().atZone(facts.zone()).format(locale.equals("zh-CN") ? ZH : EN));
        v.put("workerName", facts.workerName() == null ? "" : facts.workerName());
        v.put("amount", yuan(facts.totalFen()));
        v.put("refundAmount", facts.refundFen() == null ? "" : yuan(facts.refundFen()));
        v.put("tenantName", facts.tenantName());
        return v;
    }

    public static String yuan(long fen) {
        return "¥" + BigDecimal.valueOf(fen, 2).toPlainString();
    }

    public static Rendered render(Channel channel, String locale, TemplateContent t, OrderFacts facts) {
        Map<String, String> values = values(facts, locale);
        return switch (channel) {
            case IN_APP -> new Rendered(channel, locale, cut(TemplateText.render(t.title(), values), 200),
                    cut(TemplateText.render(t.body(), values), 1000), null, null, null, null, Map.of());
            case SMS -> new Rendered(channel, locale, null, null, t.templateCode(), null, null, null,
                    params(t.params(), values, false));
            case WECHAT -> {
                Map<String, String> wx = new HashMap<>(values);
                if (facts.startAt() != null) {
                    wx.put("startTime", facts.startAt().atZone(facts.zone()).format(ZH));
                }
                yield new Rendered(channel, locale, null, null, null, t.templateId(),
                        TemplateText.render(t.page(), values), locale.equals("zh-CN") ? "zh_CN" : "en_US",
                        params(t.params(), wx, true));
            }
        };
    }

    private static Map<String, String> params(Map<String, String> templates, Map<String, String> values, boolean weChat) {
        Map<String, String> out = new LinkedHashMap<>();
        templates.forEach((key, text) -> {
            String value = TemplateText.render(text, values);
            out.put(key, weChat ? WeChatValues.fit(key, value) : value);
        });
        return out;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
