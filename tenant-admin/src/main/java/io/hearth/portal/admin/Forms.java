package io.hearth.portal.admin;

import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The portal's own checks of form input, before anything goes to the platform: parse or record a field error. */
final class Forms {

    /** Yuan as typed: digits with up to two decimals ("88", "88.5", "399.90"); no sign, no exponent. */
    private static final Pattern YUAN = Pattern.compile("\\d{1,12}(\\.\\d{0,2})?|\\.\\d{1,2}");

    private final FormErrors errors;
    private final Msg msg;

    Forms(FormErrors errors, Msg msg) {
        this.errors = errors;
        this.msg = msg;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    String required(String field, String value) {
        if (blank(value)) {
            errors.field(field, msg.required());
            return null;
        }
        return value.strip();
    }

    Integer integer(String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.field(field, msg.required());
            }
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.field(field, msg.wholeNumber());
            return null;
        }
    }

    /** Yuan as typed ("88", "88.5") → fen, exactly (BigDecimal, never floating point). */
    Long fen(String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.field(field, msg.required());
            }
            return null;
        }
        try {
            if (!YUAN.matcher(value.strip()).matches()) {
                throw new NumberFormatException();
            }
            BigDecimal yuan = new BigDecimal(value.strip());
            if (yuan.scale() > 2 || yuan.signum() < 0) {
                throw new NumberFormatException();
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.field(field, msg.amountYuan());
            return null;
        }
    }

    /** A percentage with up to two decimals → basis points (12.5 → 1250). */
    Integer basisPoints(String field, String value, int maxPercent) {
        if (blank(value)) {
            return 0;
        }
        try {
            BigDecimal pct = new BigDecimal(value.strip());
            if (pct.scale() > 2 || pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(maxPercent)) > 0) {
                throw new NumberFormatException();
            }
            return pct.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.field(field, msg.wholeNumber());
            return null;
        }
    }

    LocalDate date(String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.field(field, msg.required());
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.field(field, msg.dateFormat());
            return null;
        }
    }

    LocalTime time(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.field(field, msg.dateTimeFormat());
            return null;
        }
    }

    LocalDateTime dateTime(String field, String value) {
        if (blank(value)) {
            errors.field(field, msg.required());
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.field(field, msg.dateTimeFormat());
            return null;
        }
    }
}
