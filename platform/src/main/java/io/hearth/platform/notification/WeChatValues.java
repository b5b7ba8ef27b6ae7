package io.hearth.platform.notification;

import io.hearth.platform.shared.web.ApiException;
import java.util.Map;

/**
 * WeChat's rules for subscribe-message values (subscribeMessage.send, "订阅消息参数值内容限制"): the key's type is its
 * name without the trailing number ({@code thing1} is a {@code thing}); {@code thing} takes at most 20 characters,
 * {@code number}, {@code letter} and {@code character_string} 32, {@code symbol} 5, {@code phone_number} 17,
 * {@code car_number} 8, {@code name} 10 (Chinese) or 20 (Latin), {@code phrase} 5. {@code time}, {@code date} and
 * {@code amount} have a format, not a length; we send them as rendered. A value longer than its type allows is
 * rejected by WeChat (47003), so values are cut here: {@code thing} ends with "…", identifiers are cut plainly.
 */
public final class WeChatValues {

    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("thing", 20), Map.entry("number", 32), Map.entry("letter", 32), Map.entry("symbol", 5),
            Map.entry("character_string", 32), Map.entry("phone_number", 17), Map.entry("car_number", 8),
            Map.entry("name", 10), Map.entry("phrase", 5), Map.entry("time", Integer.MAX_VALUE),
            Map.entry("date", Integer.MAX_VALUE), Map.entry("amount", Integer.MAX_VALUE));

    private WeChatValues() {
    }

    static String type(String key) {
        return key == null ? "" : key.replaceFirst("[0-9]+$", "");
    }

    static void requireKnownKey(String key) {
        if (key == null || !key.matches("[a-z_]+[0-9]+") || !LIMITS.containsKey(type(key))) {
            throw ApiException.unprocessable("notification-wechat-key-invalid", String.valueOf(key),
                    String.join(", ", new java.util.TreeSet<>(LIMITS.keySet())));
        }
    }

    /** The value cut to what WeChat accepts for the key's type. */
    public static String fit(String key, String value) {
        if (value == null) {
            return "";
        }
        String type = type(key);
        int limit = LIMITS.getOrDefault(type, 20);
        if (type.equals("name") && value.chars().allMatch(ch -> ch < 0x80)) {
            limit = 20;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= limit) {
            return value;
        }
        if (type.equals("thing")) {
            return value.substring(0, value.offsetByCodePoints(0, limit - 1)) + "…";
        }
        return value.substring(0, value.offsetByCodePoints(0, limit));
    }
}
