package io.hearth.portal.api;

import java.util.Map;
import java.util.function.Function;

/** Picks a translated text: the viewer's language, then Chinese, then English, then any. */
public final class Texts {

    private Texts() {
    }

    public static <T> String pick(Map<String, T> texts, String lang, Function<T, String> field, String fallback) {
        if (texts == null || texts.isEmpty()) {
            return fallback;
        }
        for (String l : new String[] { lang, "zh-CN", "en" }) {
            T t = l == null ? null : texts.get(l);
            if (t != null && field.apply(t) != null) {
                return field.apply(t);
            }
        }
        T any = texts.values().iterator().next();
        return any == null || field.apply(any) == null ? fallback : field.apply(any);
    }

    /** Fen as yuan with two decimals: 12345 → "123.45". */
    public static String yuan(long fen) {
        return (fen < 0 ? "-" : "") + Math.abs(fen) / 100 + "." + String.format("%02d", Math.abs(fen) % 100);
    }
}
