package io.hearth.platform.catalog;

import io.hearth.platform.shared.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** The catalog's languages, the customer's pick among them, and the fallback of a missing text. Pure. */
public final class CatalogLocales {

    static final List<String> SUPPORTED = List.of("zh-CN", "en", "ja", "ko");

    private CatalogLocales() {
    }

    static void requireSupported(String locale) {
        if (!SUPPORTED.contains(locale)) {
            throw new ApiException(422, "catalog-locale-unsupported", locale, String.join(", ", SUPPORTED));
        }
    }

    /** The texts of a create or update, every locale supported; stored in locale order. */
    static <T> Map<String, T> checked(Map<String, T> texts) {
        texts.keySet().forEach(CatalogLocales::requireSupported);
        return new TreeMap<>(texts);
    }

    /** A copy of {@code texts} with {@code locale} set to {@code text}. */
    static <T> Map<String, T> with(Map<String, T> texts, String locale, T text) {
        requireSupported(locale);
        Map<String, T> copy = new TreeMap<>(texts);
        copy.put(locale, text);
        return copy;
    }

    /** A copy of {@code texts} without {@code locale}; the last language cannot go. */
    static <T> Map<String, T> without(Map<String, T> texts, String locale) {
        requireSupported(locale);
        if (!texts.containsKey(locale)) {
            throw ApiException.notFound("Translation", locale);
        }
        if (texts.size() == 1) {
            throw new ApiException(422, "catalog-text-last", locale);
        }
        Map<String, T> copy = new TreeMap<>(texts);
        copy.remove(locale);
        return copy;
    }

    /** The first acceptable language the catalog has (by language: zh-TW and zh both mean zh-CN); else the tenant's. */
    public static String pick(List<Locale> acceptable, String tenantDefault) {
        for (Locale wanted : acceptable) {
            for (String supported : SUPPORTED) {
                if (!wanted.getLanguage().isEmpty() && Locale.forLanguageTag(supported).getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return tenantDefault;
    }

    /** The field in {@code locale}, else in the tenant's default locale, else in any locale (fixed order). */
    static <T> String text(Map<String, T> texts, String locale, String tenantDefault, Function<T, String> field) {
        return Stream.concat(Stream.of(locale, tenantDefault), Stream.concat(SUPPORTED.stream(), texts.keySet().stream().sorted()))
                .map(texts::get)
                .filter(Objects::nonNull)
                .map(field)
                .filter(s -> s != null && !s.isBlank())
                .findFirst().orElse(null);
    }
}
