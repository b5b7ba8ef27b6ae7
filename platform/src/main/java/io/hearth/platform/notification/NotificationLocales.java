package io.hearth.platform.notification;

import io.hearth.platform.shared.web.ApiException;
import java.util.List;
import java.util.Locale;

/** The languages notifications are written in; a recipient in any other language gets English. Pure. */
public final class NotificationLocales {

    public static final List<String> SUPPORTED = List.of("zh-CN", "en");

    private NotificationLocales() {
    }

    /** zh, zh-CN, zh-TW → zh-CN; en-US → en; anything else (or nothing) → en. */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return language.equals("zh") ? "zh-CN" : "en";
    }

    static String require(String locale) {
        if (!SUPPORTED.contains(locale)) {
            throw ApiException.unprocessable("notification-locale-unsupported", locale, String.join(", ", SUPPORTED));
        }
        return locale;
    }

    static Locale javaLocale(String locale) {
        return locale.equals("zh-CN") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
