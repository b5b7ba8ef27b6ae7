package io.hearth.platform.customer.staff;

import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.web.ApiException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the staff list's search box means: exactly four digits are the last four of the phone, a full phone number
 * (mainland mobile with or without +86, or E.164) is matched exactly through the blind index, anything else is part
 * of the nickname (case-insensitive).
 *
 * @param value the last four digits, the number in E.164, or the nickname part in lower case
 */
record CustomerSearch(Kind kind, String value) {

    enum Kind {
        PHONE, LAST4, NICKNAME
    }

    static final int MAX_LENGTH = 60;

    /** Null for a blank {@code q}; 400 {@code customer-filter-invalid} when longer than any nickname. */
    static CustomerSearch of(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String s = q.strip();
        if (s.length() > MAX_LENGTH) {
            throw new ApiException(400, "customer-filter-invalid", "q", s);
        }
        String compact = s.replaceAll("[\\s-]", "");
        if (compact.matches("[0-9]{4}")) {
            return new CustomerSearch(Kind.LAST4, compact);
        }
        Optional<String> phone = PhoneNumbers.normalize(s);
        if (phone.isPresent()) {
            return new CustomerSearch(Kind.PHONE, phone.get());
        }
        return new CustomerSearch(Kind.NICKNAME, s.toLowerCase(Locale.ROOT));
    }

    /** The nickname part as a LIKE pattern with {@code !} as escape character. */
    String likePattern() {
        return "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
