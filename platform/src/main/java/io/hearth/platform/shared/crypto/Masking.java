package io.hearth.platform.shared.crypto;

/** How personal data is shown where the full value is not needed (lists, other parties). */
public final class Masking {

    private Masking() {
    }

    /** 13800138000 -> 138****8000; +8613800138000 -> +86138****8000. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, phone.length() - 8 > 0 ? phone.length() - 8 : 3) + "****"
                + phone.substring(phone.length() - 4);
    }

    /** Only the last four digits known: ****8000. */
    public static String phoneFromLast4(String last4) {
        return last4 == null ? null : "*******" + last4;
    }

    /** 330102199001011234 -> 3301**********1234. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() < 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** Only the last four characters known (lists): 14 stars then 1234. */
    public static String idNumberFromLast4(String last4) {
        return last4 == null ? null : "**************" + last4;
    }

    /**
     * A street address line as lists may show it: the leading words up to the first digit (the street name, never a
     * house or room number), at most six characters and at most half of the text, then ****. 文三路88号 -> 文三路****,
     * Wensan Road 88 -> Wensan****, 88 Wensan Road -> ****.
     */
    public static String streetDetail(String detail) {
        if (detail == null) {
            return null;
        }
        String s = detail.strip();
        int keep = 0;
        while (keep < s.length() && !Character.isDigit(s.charAt(keep))) {
            keep++;
        }
        keep = Math.min(keep, Math.min(6, s.length() / 2));
        return s.substring(0, keep).strip() + "****";
    }
}
