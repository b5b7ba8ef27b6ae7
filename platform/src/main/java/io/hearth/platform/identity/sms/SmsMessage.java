package io.hearth.platform.identity.sms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A templated text message. The phone is given in E.164 ({@code +8613800138000}) or as a mainland number
 * ({@code 13800138000}) and kept in the form Aliyun's {@code PhoneNumbers} takes: mainland numbers as their 11
 * digits, others as country code and number without {@code +} or {@code 00}.
 *
 * @param templateParams the template's variables, kept in the caller's order (pass a {@code LinkedHashMap}
 *        when there are several)
 */
public record SmsMessage(String phone, String signName, String templateCode, Map<String, String> templateParams) {

    private static final Pattern MAINLAND = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern INTERNATIONAL = Pattern.compile("[1-9]\\d{6,14}");

    public SmsMessage {
        phone = normalisePhone(phone);
        requireText(signName, "signName");
        requireText(templateCode, "templateCode");
        templateParams = Collections.unmodifiableMap(new LinkedHashMap<>(templateParams == null ? Map.of() : templateParams));
    }

    /** {@code 138****8000}: enough to tell numbers apart in a log, not enough to reach the person. */
    public String maskedPhone() {
        return mask(phone);
    }

    /** Leaves out the parameters (they carry sign-in codes) and the full number. */
    @Override
    public String toString() {
        return "SmsMessage[phone=" + maskedPhone() + ", signName=" + signName + ", templateCode=" + templateCode
                + ", templateParams=" + templateParams.keySet() + "]";
    }

    static String normalisePhone(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("phone is required");
        }
        String compact = raw.strip().replace(" ", "").replace("-", "");
        String digits;
        if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("00")) {
            digits = compact.substring(2);
        } else if (MAINLAND.matcher(compact).matches()) {
            return compact;
        } else {
            digits = compact;
        }
        if (digits.startsWith("86") && MAINLAND.matcher(digits.substring(2)).matches()) {
            return digits.substring(2);
        }
        if (!digits.startsWith("86") && INTERNATIONAL.matcher(digits).matches() && !compact.equals(digits)) {
            return digits;
        }
        throw new IllegalArgumentException("not a mobile number in E.164 or mainland form: " + mask(compact));
    }

    private static String mask(String text) {
        return text.length() < 8 ? "****" : text.substring(0, 3) + "****" + text.substring(text.length() - 4);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
