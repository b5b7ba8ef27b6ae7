package io.hearth.platform.pricing;

/**
 * One line of a quote. Charges (BASE, PACKAGE and the surcharges) are positive, discounts negative;
 * the quote's total is the sum of all lines. {@code code} names the rule that produced the line
 * (a holiday date, a level code, a city code, a coupon code...), {@code unitFen} and {@code quantity}
 * are set where a line is "unit × quantity", and {@code rateBp} where it is a percentage (basis points).
 */
public record QuoteLine(Kind kind, String code, Integer quantity, Long unitFen, Integer rateBp, long amountFen) {

    public enum Kind {
        BASE, PACKAGE, HOLIDAY, NIGHT, WEEKEND, SAME_DAY, WORKER_LEVEL, AREA, PROMOTION, MEMBER_LEVEL, COUPON, POINTS;

        public boolean discount() {
            return ordinal() >= PROMOTION.ordinal();
        }
    }
}
