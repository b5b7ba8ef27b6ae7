package io.hearth.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** A message bundle in Java code, in the viewer's language (English is each bundle's default). */
public final class Bundles {

    private Bundles() {
    }

    public static <T> T of(Class<T> bundle, Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return MessageBundles.get(bundle, Localized.Literal.of("zh-CN"));
        }
        return MessageBundles.get(bundle);
    }
}
