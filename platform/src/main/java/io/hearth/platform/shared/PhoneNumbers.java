package io.hearth.platform.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers as we store them: E.164 ({@code +8613800138000}). */
public final class PhoneNumbers {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private PhoneNumbers() {
    }

    /** Accepts a mainland mobile number with or without +86/0086, or any E.164 number. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replaceAll("[\\s-]", "");
        if (s.startsWith("0086")) {
            s = "+86" + s.substring(4);
        }
        if (MAINLAND_MOBILE.matcher(s).matches()) {
            return Optional.of("+86" + s);
        }
        if (s.startsWith("+86") && !MAINLAND_MOBILE.matcher(s.substring(3)).matches()) {
            return Optional.empty();
        }
        return E164.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    public static String last4(String e164) {
        return e164.substring(e164.length() - 4);
    }

    /** As people in mainland China write their own numbers: +8613800138000 -> 13800138000; other numbers unchanged. */
    public static String national(String e164) {
        return e164 != null && e164.startsWith("+86") ? e164.substring(3) : e164;
    }
}
