package io.hearth.platform.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks mainland mobile numbers in free text before a chat message is stored or delivered, so that neither side
 * can hand a number to the other through the platform: {@code 13800138000}, {@code 138 0013 8000},
 * {@code 138-0013-8000}, {@code +86 138 0013 8000}, {@code 008613800138000} all become {@code 138****8000}. A run of
 * digits longer than a phone number (an order number, an amount) is left alone, as is anything that is not a
 * mainland mobile number. Pure.
 */
public final class PhoneMasking {

    /** An optional +86 / 0086 / 86 prefix, then 1, 3-9 and nine more digits, one space or dash allowed between digits. */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9+])(?:(?:\\+|00)?86[\\s-]?)?1[\\s-]?[3-9](?:[\\s-]?[0-9]){9}(?![0-9])");

    private PhoneMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MOBILE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            String number = digits.substring(digits.length() - 11);
            m.appendReplacement(out, number.substring(0, 3) + "****" + number.substring(7));
        }
        m.appendTail(out);
        return out.toString();
    }
}
