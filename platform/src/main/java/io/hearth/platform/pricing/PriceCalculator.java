package io.hearth.platform.pricing;

import io.hearth.platform.pricing.PricingRules.AreaSurcharge;
import io.hearth.platform.pricing.PricingRules.NightSurcharge;
import io.hearth.platform.pricing.PricingRules.Surcharge;
import io.hearth.platform.pricing.QuoteLine.Kind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Prices one booking (DESIGN.md §5), pure: no framework, no database, no clock.
 * <p>
 * <b>The rounding rule.</b> Money is {@code long} fen. Every percentage amount is
 * {@code base × bp / 10 000} rounded half up to the fen in integer arithmetic ({@code (base × bp + 5 000) / 10 000}),
 * and each percentage has one stated base; nothing compounds:
 * <ul>
 * <li>percentage surcharges: the bookable amount (the BASE / PACKAGE lines, i.e. unit price × quantity);</li>
 * <li>the member-level discount: the subtotal (bookable amount + every surcharge);</li>
 * <li>the points cap: what is left to pay after the member-level and coupon discounts.</li>
 * </ul>
 * Fixed surcharges (worker level, area) are added once per quote, whatever the quantity.
 * <p>
 * <b>Order of the lines.</b> Bookables; then surcharges HOLIDAY or WEEKEND, NIGHT, SAME_DAY, WORKER_LEVEL, AREA; then
 * discounts MEMBER_LEVEL, COUPON, POINTS, each taken from what the previous ones left, so the total is never below
 * zero. Lines whose amount is zero are left out (the bookable lines always appear).
 * <ul>
 * <li>Holiday, weekend and same-day look at the <em>start's date in the tenant's zone</em>. A holiday wins over the
 * weekend: they never stack. Weekend = Saturday and Sunday. Same-day = that date is today in the tenant's zone.</li>
 * <li>Night hours are wall-clock minutes in the tenant's zone and may run past midnight; the night surcharge applies
 * in full when the service {@code [start, end)} overlaps night hours by any time (touching does not count).</li>
 * <li>Worker level: only when a worker was chosen and their level has a surcharge. Area: the rule for the address's
 * city and district, else the one for the city without district.</li>
 * <li>Coupon: the amount the coupon engine offered, at most what is left.</li>
 * <li>Points: used = min(requested, balance, ⌊cap / fenPerPoint⌋) where cap = half-up(left × maxDiscountBp / 10 000);
 * the discount is used × fenPerPoint.</li>
 * </ul>
 * Amounts too large for {@code long} arithmetic throw {@link ArithmeticException}.
 */
public final class PriceCalculator {

    private PriceCalculator() {
    }

    /** A bookable line: an item (BASE, code = item id) or a package (PACKAGE, code = package code). */
    public record Charge(Kind kind, String code, int quantity, long unitFen) {
        public Charge {
            if (kind != Kind.BASE && kind != Kind.PACKAGE) {
                throw new IllegalArgumentException("a bookable line is BASE or PACKAGE, not " + kind);
            }
            if (quantity < 1 || unitFen < 0) {
                throw new IllegalArgumentException("quantity " + quantity + ", unit " + unitFen);
            }
        }
    }

    /** What a coupon engine offered for this quote. */
    public record CouponDiscount(String code, long amountFen) {
        public CouponDiscount {
            Objects.requireNonNull(code, "code");
            if (amountFen < 0) {
                throw new IllegalArgumentException("negative coupon " + amountFen);
            }
        }
    }

    /**
     * @param start           service start; {@code end} its end (start + duration)
     * @param now             when the quote is made (decides same-day)
     * @param holidays        dates of the tenant's holiday calendar (only the start's date matters)
     * @param workerLevel     the chosen worker's level code, or null (no worker chosen, or no level)
     * @param memberLevel     the customer's member level code, or null
     * @param coupon          null = no coupon
     * @param pointsRequested points the customer wants to use (0 = none)
     * @param pointsBalance   the customer's current balance
     */
    public record Input(List<Charge> charges, Instant start, Instant end, ZoneId zone, Instant now, Set<LocalDate> holidays,
            PricingRules rules, String workerLevel, String cityCode, String district, String memberLevel,
            CouponDiscount coupon, long pointsRequested, long pointsBalance) {
        public Input {
            charges = List.copyOf(charges);
            if (charges.isEmpty()) {
                throw new IllegalArgumentException("nothing to price");
            }
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(rules, "rules");
            holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end must be after start");
            }
            if (pointsRequested < 0 || pointsBalance < 0) {
                throw new IllegalArgumentException("negative points");
            }
        }

        /** The same input with another coupon and points request (the second pass of a quote, see QuoteService). */
        public Input with(CouponDiscount otherCoupon, long otherPointsRequested) {
            return new Input(charges, start, end, zone, now, holidays, rules, workerLevel, cityCode, district, memberLevel,
                    otherCoupon, otherPointsRequested, pointsBalance);
        }
    }

    /** Lines in order; subtotal = sum of the charge lines, discount = minus the sum of the discount lines. */
    public record Result(List<QuoteLine> lines, long subtotalFen, long discountFen, long totalFen, long pointsUsed) {
    }

    public static Result price(Input in) {
        PricingRules rules = in.rules();
        List<QuoteLine> lines = new ArrayList<>();
        long bookable = 0;
        for (Charge c : in.charges()) {
            long amount = Math.multiplyExact(c.unitFen(), (long) c.quantity());
            lines.add(new QuoteLine(c.kind(), c.code(), c.quantity(), c.unitFen(), null, amount));
            bookable = Math.addExact(bookable, amount);
        }

        LocalDate day = LocalDate.ofInstant(in.start(), in.zone());
        if (in.holidays().contains(day)) {
            addRate(lines, Kind.HOLIDAY, day.toString(), rules.holidaySurchargeBp(), bookable);
        } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            addRate(lines, Kind.WEEKEND, day.getDayOfWeek().name(), rules.weekendSurchargeBp(), bookable);
        }
        NightSurcharge night = rules.nightSurcharge();
        if (night != null && overlapsNight(in.start(), in.end(), in.zone(), night)) {
            addRate(lines, Kind.NIGHT, minutes(night.startMinute()) + "-" + minutes(night.endMinute()), night.bp(), bookable);
        }
        if (day.equals(LocalDate.ofInstant(in.now(), in.zone()))) {
            addRate(lines, Kind.SAME_DAY, day.toString(), rules.sameDaySurchargeBp(), bookable);
        }
        if (in.workerLevel() != null) {
            Surcharge s = rules.workerLevelSurcharges().get(in.workerLevel());
            if (s != null) {
                add(lines, Kind.WORKER_LEVEL, in.workerLevel(), s, bookable);
            }
        }
        AreaSurcharge area = area(rules.areaSurcharges(), in.cityCode(), in.district());
        if (area != null) {
            add(lines, Kind.AREA, area.district() == null ? area.cityCode() : area.cityCode() + "/" + area.district(),
                    area.surcharge(), bookable);
        }
        long subtotal = 0;
        for (QuoteLine l : lines) {
            subtotal = Math.addExact(subtotal, l.amountFen());
        }

        long left = subtotal;
        if (in.memberLevel() != null) {
            Integer bp = rules.memberLevelDiscountsBp().get(in.memberLevel());
            if (bp != null) {
                long off = Math.min(percentOf(subtotal, bp), left);
                left -= off;
                addDiscount(lines, new QuoteLine(Kind.MEMBER_LEVEL, in.memberLevel(), null, null, bp, -off));
            }
        }
        if (in.coupon() != null) {
            long off = Math.min(in.coupon().amountFen(), left);
            left -= off;
            addDiscount(lines, new QuoteLine(Kind.COUPON, in.coupon().code(), null, null, null, -off));
        }
        long pointsUsed = 0;
        if (rules.points() != null && in.pointsRequested() > 0) {
            long cap = percentOf(left, rules.points().maxDiscountBp());
            pointsUsed = Math.min(Math.min(in.pointsRequested(), in.pointsBalance()), cap / rules.points().fenPerPoint());
            long off = pointsUsed * rules.points().fenPerPoint();
            left -= off;
            addDiscount(lines, new QuoteLine(Kind.POINTS, null, Math.toIntExact(pointsUsed), (long) rules.points().fenPerPoint(),
                    null, -off));
        }
        return new Result(List.copyOf(lines), subtotal, subtotal - left, left, pointsUsed);
    }

    /** {@code base × bp / 10 000}, half up to the fen: the one rounding rule. */
    public static long percentOf(long base, int bp) {
        if (base < 0 || bp < 0) {
            throw new IllegalArgumentException("negative base or rate");
        }
        return Math.addExact(Math.multiplyExact(base, (long) bp), 5_000L) / 10_000L;
    }

    /** Whether {@code [start, end)} overlaps the nightly hours of any day it touches (wall clock in {@code zone}). */
    static boolean overlapsNight(Instant start, Instant end, ZoneId zone, NightSurcharge night) {
        LocalDate last = LocalDate.ofInstant(end, zone);
        for (LocalDate d = LocalDate.ofInstant(start, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            Instant from = d.atStartOfDay().plusMinutes(night.startMinute()).atZone(zone).toInstant();
            LocalDate endDay = night.spansMidnight() ? d.plusDays(1) : d;
            Instant to = endDay.atStartOfDay().plusMinutes(night.endMinute()).atZone(zone).toInstant();
            if (from.isBefore(end) && start.isBefore(to)) {
                return true;
            }
        }
        return false;
    }

    private static AreaSurcharge area(List<AreaSurcharge> areas, String cityCode, String district) {
        AreaSurcharge cityWide = null;
        for (AreaSurcharge a : areas) {
            if (!a.cityCode().equals(cityCode)) {
                continue;
            }
            if (a.district() == null) {
                cityWide = a;
            } else if (a.district().equals(district)) {
                return a;
            }
        }
        return cityWide;
    }

    private static void add(List<QuoteLine> lines, Kind kind, String code, Surcharge s, long bookable) {
        if (s.bp() != null) {
            addRate(lines, kind, code, s.bp(), bookable);
        } else if (s.fixedFen() != null && s.fixedFen() > 0) {
            lines.add(new QuoteLine(kind, code, null, null, null, s.fixedFen()));
        }
    }

    private static void addRate(List<QuoteLine> lines, Kind kind, String code, int bp, long base) {
        long amount = percentOf(base, bp);
        if (amount > 0) {
            lines.add(new QuoteLine(kind, code, null, null, bp, amount));
        }
    }

    private static void addDiscount(List<QuoteLine> lines, QuoteLine line) {
        if (line.amountFen() != 0) {
            lines.add(line);
        }
    }

    private static String minutes(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
