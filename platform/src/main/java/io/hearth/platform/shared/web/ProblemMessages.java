package io.hearth.platform.shared.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves problem message keys for a request's languages. Bundles: {@code i18n/problems.properties}
 * (English, the fallback) and {@code i18n/problems_zh_CN.properties}.
 */
public final class ProblemMessages {

    static final String BUNDLE = "i18n.problems";
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private ProblemMessages() {
    }

    /** The first acceptable language we support; English otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public static String title(int status, Locale locale) {
        return lookup("status." + status, locale, new Object[0], "HTTP " + status);
    }

    public static String detail(String key, Object[] args, Locale locale) {
        return lookup(key, locale, args, key);
    }

    private static String lookup(String key, Locale locale, Object[] args, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
