package io.hearth.portal.web;

import io.quarkus.arc.Unremovable;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the remembered choice (cookie {@value #COOKIE}) first, then the browser's
 * Accept-Language, then English. Pages render in it and it is forwarded to the platform, whose problem details are
 * translated by Accept-Language.
 */
@RequestScoped
@Unremovable
public class UserLanguage {

    public static final String COOKIE = "hearth-lang";
    public static final List<String> SUPPORTED = List.of("zh-CN", "en");

    @Inject
    HttpServerRequest request;

    private String tag;

    /** "zh-CN" or "en". */
    public String tag() {
        if (tag == null) {
            tag = resolve();
        }
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public boolean chinese() {
        return "zh-CN".equals(tag());
    }

    private String resolve() {
        try {
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null && supported(cookie.getValue()) != null) {
                return supported(cookie.getValue());
            }
            String accept = request.getHeader("Accept-Language");
            if (accept != null && !accept.isBlank()) {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String s = supported(range.getRange());
                    if (s != null) {
                        return s;
                    }
                }
            }
        } catch (RuntimeException e) {
            // no HTTP request (e.g. a background call) or a malformed header: the default below
        }
        return "en";
    }

    /** The supported tag a value stands for ("zh", "zh-cn", "zh-Hans-CN" → "zh-CN"), or null. */
    public static String supported(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("zh")) {
            return "zh-CN";
        }
        if (v.startsWith("en")) {
            return "en";
        }
        return null;
    }
}
