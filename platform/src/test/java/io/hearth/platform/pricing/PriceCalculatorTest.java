package io.hearth.platform.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.pricing.PriceCalculator.Charge;
import io.hearth.platform.pricing.PriceCalculator.CouponDiscount;
import io.hearth.platform.pricing.PriceCalculator.Input;
import io.hearth.platform.pricing.PriceCalculator.Result;
import io.hearth.platform.pricing.PricingRules.AreaSurcharge;
import io.hearth.platform.pricing.PricingRules.NightSurcharge;
import io.hearth.platform.pricing.PricingRules.PointsRule;
import io.hearth.platform.pricing.PricingRules.Surcharge;
import io.hearth.platform.pricing.QuoteLine.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate WEDNESDAY = LocalDate.parse("2026-03-04");
    static final LocalDate SATURDAY = LocalDate.parse("2026-03-07");
    static final LocalDate SUNDAY = LocalDate.parse("2026-03-08");
    /** A week before the service, so nothing is same-day unless a test says so. */
    static final Instant EARLIER = WEDNESDAY.minusDays(7).atStartOfDay(SHANGHAI).toInstant();

    /** Builder with a 2-hour item at 100 yuan × 2 (20 000 fen) on Wednesday 10:00 in Shanghai and no rules. */
    static final class In {
        List<Charge> charges = List.of(new Charge(Kind.BASE, "item-1", 2, 10_000));
        ZoneId zone = SHANGHAI;
        Instant start = at(WEDNESDAY, "10:00");
        Duration duration = Duration.ofHours(2);
        Instant now = EARLIER;
        Set<LocalDate> holidays = Set.of();
        PricingRules rules = PricingRules.defaults();
        String workerLevel;
        String city = "330100";
        String district = "Xihu";
        String memberLevel;
        CouponDiscount coupon;
        long pointsRequested;
        long pointsBalance;

        In start(LocalDate day, String time) {
            start = at(day, time, zone);
            return this;
        }

        Input build() {
            return new Input(charges, start, start.plus(duration), zone, now, holidays, rules, workerLevel, city, district,
                    memberLevel, coupon, pointsRequested, pointsBalance);
        }

        Result price() {
            Result r = PriceCalculator.price(build());
            assertInvariants(r);
            return r;
        }
    }

    static Instant at(LocalDate day, String time) {
        return at(day, time, SHANGHAI);
    }

    static Instant at(LocalDate day, String time, ZoneId zone) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(zone).toInstant();
    }

    static PricingRules rules(int holidayBp, NightSurcharge night, int weekendBp, int sameDayBp,
            Map<String, Surcharge> levels, List<AreaSurcharge> areas, Map<String, Integer> members, PointsRule points) {
        return new PricingRules(holidayBp, night, weekendBp, sameDayBp, levels, areas, members, points, null);
    }

    static PricingRules only(int holidayBp, int weekendBp, int sameDayBp) {
        return rules(holidayBp, null, weekendBp, sameDayBp, null, null, null, null);
    }

    static PricingRules night(int startMinute, int endMinute, int bp) {
        return rules(0, new NightSurcharge(startMinute, endMinute, bp), 0, 0, null, null, null, null);
    }

    /** Lines add up to the total; subtotal − discount = total; charges positive and discounts negative. */
    static void assertInvariants(Result r) {
        long sum = r.lines().stream().mapToLong(QuoteLine::amountFen).sum();
        assertEquals(r.totalFen(), sum, "lines add up to the total");
        assertEquals(r.totalFen(), r.subtotalFen() - r.discountFen());
        assertTrue(r.totalFen() >= 0);
        long charges = r.lines().stream().filter(l -> !l.kind().discount()).mapToLong(QuoteLine::amountFen).sum();
        assertEquals(r.subtotalFen(), charges);
        for (QuoteLine l : r.lines()) {
            assertTrue(l.kind().discount() ? l.amountFen() < 0 : l.amountFen() >= 0, l.toString());
        }
    }

    static List<Kind> kinds(Result r) {
        return r.lines().stream().map(QuoteLine::kind).toList();
    }

    static QuoteLine line(Result r, Kind kind) {
        return r.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow(() -> new AssertionError(kind));
    }

    // --- bookables -------------------------------------------------------------------------------------------

    @Test
    void anItemIsItsUnitPriceTimesQuantityAndNothingElseWithoutRules() {
        Result r = new In().price();
        assertEquals(List.of(new QuoteLine(Kind.BASE, "item-1", 2, 10_000L, null, 20_000)), r.lines());
        assertEquals(20_000, r.subtotalFen());
        assertEquals(0, r.discountFen());
        assertEquals(20_000, r.totalFen());
        assertEquals(0, r.pointsUsed());
    }

    @Test
    void aPackageIsItsPriceTimesQuantity() {
        In in = new In();
        in.charges = List.of(new Charge(Kind.PACKAGE, "deep-clean", 3, 29_900));
        Result r = in.price();
        assertEquals(new QuoteLine(Kind.PACKAGE, "deep-clean", 3, 29_900L, null, 89_700), r.lines().get(0));
        assertEquals(89_700, r.totalFen());
    }

    @Test
    void onlyBaseOrPackageLinesAreBookable() {
        assertThrows(IllegalArgumentException.class, () -> new Charge(Kind.HOLIDAY, "x", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Charge(Kind.BASE, "x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Charge(Kind.BASE, "x", 1, -1));
        In in = new In();
        in.charges = List.of();
        assertThrows(IllegalArgumentException.class, in::build);
    }

    // --- holiday and weekend -----------------------------------------------------------------------------------

    @Test
    void aHolidayAddsItsRateOfTheBookableAmount() {
        In in = new In();
        in.holidays = Set.of(WEDNESDAY);
        in.rules = only(5_000, 2_000, 0);
        Result r = in.price();
        assertEquals(new QuoteLine(Kind.HOLIDAY, "2026-03-04", null, null, 5_000, 10_000), line(r, Kind.HOLIDAY));
        assertEquals(30_000, r.totalFen());
    }

    @Test
    void aHolidayOnAWeekendWinsTheyDoNotStack() {
        In in = new In().start(SATURDAY, "10:00");
        in.holidays = Set.of(SATURDAY);
        in.rules = only(5_000, 2_000, 0);
        Result r = in.price();
        assertEquals(List.of(Kind.BASE, Kind.HOLIDAY), kinds(r));
        assertEquals(30_000, r.totalFen());
    }

    @Test
    void aHolidayWithoutAHolidayRateChargesNothingEvenOnAWeekend() {
        In in = new In().start(SUNDAY, "10:00");
        in.holidays = Set.of(SUNDAY);
        in.rules = only(0, 2_000, 0);
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
    }

    @Test
    void saturdayAndSundayAreWeekendOtherDaysAreNot() {
        In in = new In();
        in.rules = only(0, 2_000, 0);
        assertEquals(List.of(Kind.BASE), kinds(in.start(SATURDAY.minusDays(1), "10:00").price()));
        assertEquals(new QuoteLine(Kind.WEEKEND, "SATURDAY", null, null, 2_000, 4_000),
                line(in.start(SATURDAY, "10:00").price(), Kind.WEEKEND));
        assertEquals(new QuoteLine(Kind.WEEKEND, "SUNDAY", null, null, 2_000, 4_000),
                line(in.start(SUNDAY, "23:30").price(), Kind.WEEKEND));
        assertEquals(List.of(Kind.BASE), kinds(in.start(SUNDAY.plusDays(1), "00:00").price()));
    }

    @Test
    void theDateIsTheStartsDateInTheTenantsZone() {
        // Saturday 01:00 in Shanghai is Friday 17:00 UTC.
        Instant start = at(SATURDAY, "01:00");
        In shanghai = new In();
        shanghai.start = start;
        shanghai.rules = only(0, 2_000, 0);
        assertTrue(kinds(shanghai.price()).contains(Kind.WEEKEND));
        In utc = new In();
        utc.zone = ZoneId.of("UTC");
        utc.start = start;
        utc.rules = only(0, 2_000, 0);
        assertFalse(kinds(utc.price()).contains(Kind.WEEKEND));
        // Holidays too: the holiday is Saturday in Shanghai.
        utc.holidays = Set.of(SATURDAY);
        utc.rules = only(5_000, 0, 0);
        assertEquals(List.of(Kind.BASE), kinds(utc.price()));
        shanghai.holidays = Set.of(SATURDAY);
        shanghai.rules = only(5_000, 0, 0);
        assertEquals(List.of(Kind.BASE, Kind.HOLIDAY), kinds(shanghai.price()));
    }

    @Test
    void onlyTheStartsDateDecidesAServiceRunningIntoAHolidayIsNotAHolidayService() {
        In in = new In().start(WEDNESDAY, "22:00");
        in.duration = Duration.ofHours(4);
        in.holidays = Set.of(WEDNESDAY.plusDays(1));
        in.rules = only(5_000, 0, 0);
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
    }

    // --- night ---------------------------------------------------------------------------------------------------

    @Test
    void nightHoursAcrossMidnightApplyOnAnyOverlapNotOnTouching() {
        NightSurcharge n = new NightSurcharge(22 * 60, 6 * 60, 3_000);
        PricingRules rules = rules(0, n, 0, 0, null, null, null, null);
        record Case(String start, int minutes, boolean night) {
        }
        for (Case c : List.of(new Case("20:00", 120, false), new Case("20:00", 150, true), new Case("21:30", 60, true),
                new Case("23:00", 120, true), new Case("05:00", 120, true), new Case("06:00", 120, false),
                new Case("05:30", 30, true), new Case("12:00", 120, false), new Case("00:00", 30, true))) {
            In in = new In().start(WEDNESDAY, c.start());
            in.duration = Duration.ofMinutes(c.minutes());
            in.rules = rules;
            Result r = in.price();
            assertEquals(c.night(), kinds(r).contains(Kind.NIGHT), c.toString());
            if (c.night()) {
                assertEquals(new QuoteLine(Kind.NIGHT, "22:00-06:00", null, null, 3_000, 6_000), line(r, Kind.NIGHT));
            }
        }
    }

    @Test
    void nightHoursWithinOneDayAndUntilMidnight() {
        In early = new In().start(WEDNESDAY, "05:00");
        early.rules = night(0, 6 * 60, 1_000);
        assertTrue(kinds(early.price()).contains(Kind.NIGHT));
        early.start(WEDNESDAY, "06:00");
        assertFalse(kinds(early.price()).contains(Kind.NIGHT));
        early.start(WEDNESDAY, "22:30"); // runs to 00:30 on Thursday, inside Thursday's 00:00–06:00
        assertTrue(kinds(early.price()).contains(Kind.NIGHT));

        In late = new In().start(WEDNESDAY, "21:00");
        late.rules = night(22 * 60, 1440, 1_000);
        assertTrue(kinds(late.price()).contains(Kind.NIGHT));
        assertEquals("22:00-24:00", line(late.price(), Kind.NIGHT).code());
        late.start(WEDNESDAY.plusDays(1), "00:00");
        assertFalse(kinds(late.price()).contains(Kind.NIGHT));
    }

    @Test
    void nightHoursAreWallClockInTheTenantsZoneAcrossADaylightSavingChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate springForward = LocalDate.parse("2026-03-08"); // 02:00 → 03:00
        In in = new In();
        in.zone = newYork;
        in.rules = night(60, 3 * 60, 1_000); // 01:00–03:00 wall clock: one hour that night
        in.duration = Duration.ofHours(1);
        in.start(springForward, "03:00");
        assertFalse(kinds(in.price()).contains(Kind.NIGHT));
        in.start(springForward, "00:30"); // until 01:30
        assertTrue(kinds(in.price()).contains(Kind.NIGHT));
        in.start = at(springForward, "01:00", newYork).minus(Duration.ofHours(1)); // 00:00–01:00, touching
        assertFalse(kinds(in.price()).contains(Kind.NIGHT));
    }

    // --- same day ------------------------------------------------------------------------------------------------

    @Test
    void sameDayIsTheStartsDateEqualToTodayInTheTenantsZone() {
        In in = new In().start(WEDNESDAY, "18:00");
        in.rules = only(0, 0, 1_500);
        in.now = at(WEDNESDAY, "09:00");
        assertEquals(new QuoteLine(Kind.SAME_DAY, "2026-03-04", null, null, 1_500, 3_000), line(in.price(), Kind.SAME_DAY));
        in.now = at(WEDNESDAY.minusDays(1), "23:59");
        assertFalse(kinds(in.price()).contains(Kind.SAME_DAY));
        // 00:30 in Shanghai is still the day before in UTC: same day in Shanghai.
        in.now = at(WEDNESDAY, "00:30");
        in.start(WEDNESDAY, "10:00");
        assertTrue(kinds(in.price()).contains(Kind.SAME_DAY));
        in.zone = ZoneId.of("UTC");
        in.start = at(WEDNESDAY, "10:00"); // 02:00 UTC on Wednesday; now is Tuesday 16:30 UTC
        assertFalse(kinds(in.price()).contains(Kind.SAME_DAY));
    }

    // --- worker level and area -------------------------------------------------------------------------------------

    @Test
    void theChosenWorkersLevelAddsARateOrAFixedAmount() {
        In in = new In();
        in.rules = rules(0, null, 0, 0, Map.of("senior", Surcharge.rate(1_000), "gold", Surcharge.fixed(3_000)), null,
                null, null);
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
        in.workerLevel = "senior";
        assertEquals(new QuoteLine(Kind.WORKER_LEVEL, "senior", null, null, 1_000, 2_000), line(in.price(), Kind.WORKER_LEVEL));
        in.workerLevel = "gold";
        assertEquals(new QuoteLine(Kind.WORKER_LEVEL, "gold", null, null, null, 3_000), line(in.price(), Kind.WORKER_LEVEL));
        assertEquals(23_000, in.price().totalFen());
        in.workerLevel = "junior";
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
    }

    @Test
    void theMostSpecificAreaRuleApplies() {
        In in = new In();
        in.rules = rules(0, null, 0, 0, null, List.of(new AreaSurcharge("330100", null, null, 1_000L),
                new AreaSurcharge("330100", "Xihu", 500, null), new AreaSurcharge("310100", null, null, 9_999L)),
                null, null);
        assertEquals(new QuoteLine(Kind.AREA, "330100/Xihu", null, null, 500, 1_000), line(in.price(), Kind.AREA));
        in.district = "Binjiang";
        assertEquals(new QuoteLine(Kind.AREA, "330100", null, null, null, 1_000), line(in.price(), Kind.AREA));
        in.city = "440300";
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
    }

    // --- discounts -----------------------------------------------------------------------------------------------

    @Test
    void theMemberLevelDiscountIsTakenOfTheSubtotalIncludingSurcharges() {
        In in = new In().start(SATURDAY, "10:00");
        in.rules = rules(0, null, 2_000, 0, null, null, Map.of("gold", 1_000), null);
        in.memberLevel = "gold";
        Result r = in.price();
        assertEquals(24_000, r.subtotalFen());
        assertEquals(new QuoteLine(Kind.MEMBER_LEVEL, "gold", null, null, 1_000, -2_400), line(r, Kind.MEMBER_LEVEL));
        assertEquals(21_600, r.totalFen());
        in.memberLevel = "silver";
        assertEquals(24_000, in.price().totalFen());
    }

    @Test
    void aCouponTakesItsAmountButNeverMoreThanIsLeft() {
        In in = new In();
        in.coupon = new CouponDiscount("TEN", 1_000);
        Result r = in.price();
        assertEquals(new QuoteLine(Kind.COUPON, "TEN", null, null, null, -1_000), line(r, Kind.COUPON));
        assertEquals(19_000, r.totalFen());
        in.coupon = new CouponDiscount("HUGE", 50_000);
        r = in.price();
        assertEquals(-20_000, line(r, Kind.COUPON).amountFen());
        assertEquals(0, r.totalFen());
        assertEquals(20_000, r.discountFen());
    }

    @Test
    void pointsAreCappedByTheBalanceByTheShareOfTheOrderAndConvertedAtTheRate() {
        In in = new In();
        in.rules = rules(0, null, 0, 0, null, null, null, new PointsRule(1, 5_000)); // 1 fen a point, ≤ 50 %
        in.pointsRequested = 3_000;
        in.pointsBalance = 2_500;
        Result r = in.price();
        assertEquals(2_500, r.pointsUsed()); // balance
        assertEquals(new QuoteLine(Kind.POINTS, null, 2_500, 1L, null, -2_500), line(r, Kind.POINTS));
        in.pointsBalance = 1_000_000;
        in.pointsRequested = 1_000_000;
        assertEquals(10_000, in.price().pointsUsed()); // half of 20 000 fen
        in.pointsRequested = 700;
        assertEquals(700, in.price().pointsUsed()); // what was asked
        in.rules = rules(0, null, 0, 0, null, null, null, new PointsRule(3, 5_000)); // 3 fen a point
        in.pointsRequested = 1_000_000;
        r = in.price();
        assertEquals(3_333, r.pointsUsed()); // ⌊10 000 / 3⌋: no partial point
        assertEquals(-9_999, line(r, Kind.POINTS).amountFen());
        assertEquals(10_001, r.totalFen());
    }

    @Test
    void pointsAreNotUsedWhenTheTenantDoesNotAcceptThemOrNoneAreAskedOrLeft() {
        In in = new In();
        in.pointsRequested = 500;
        in.pointsBalance = 500;
        assertEquals(0, in.price().pointsUsed());
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
        in.rules = rules(0, null, 0, 0, null, null, null, new PointsRule(1, 10_000));
        in.pointsBalance = 0;
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
        in.pointsBalance = 500;
        in.pointsRequested = 0;
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
    }

    @Test
    void discountsApplyInOrderMemberLevelThenCouponThenPointsEachOnWhatIsLeft() {
        In in = new In();
        in.rules = rules(0, null, 0, 0, null, null, Map.of("vip", 1_000), new PointsRule(1, 5_000));
        in.memberLevel = "vip";
        in.coupon = new CouponDiscount("FIVE", 5_000);
        in.pointsRequested = 100_000;
        in.pointsBalance = 100_000;
        Result r = in.price();
        assertEquals(List.of(Kind.BASE, Kind.MEMBER_LEVEL, Kind.COUPON, Kind.POINTS), kinds(r));
        // 20 000 − 2 000 (10 % of the subtotal) − 5 000 = 13 000; points pay half of that: 6 500.
        assertEquals(-2_000, line(r, Kind.MEMBER_LEVEL).amountFen());
        assertEquals(-5_000, line(r, Kind.COUPON).amountFen());
        assertEquals(6_500, r.pointsUsed());
        assertEquals(6_500, r.totalFen());
        assertEquals(13_500, r.discountFen());
    }

    @Test
    void theTotalIsNeverBelowZero() {
        In in = new In();
        in.rules = rules(0, null, 0, 0, null, null, Map.of("free", 10_000), new PointsRule(1, 10_000));
        in.memberLevel = "free";
        in.coupon = new CouponDiscount("MORE", 100);
        in.pointsRequested = 50;
        in.pointsBalance = 50;
        Result r = in.price();
        assertEquals(0, r.totalFen());
        assertEquals(List.of(Kind.BASE, Kind.MEMBER_LEVEL), kinds(r)); // nothing left for the coupon and points
        assertEquals(0, r.pointsUsed());
    }

    // --- everything at once ----------------------------------------------------------------------------------------

    @Test
    void allSurchargesAndDiscountsTogetherInTheDocumentedOrder() {
        In in = new In().start(SATURDAY, "21:00");
        in.now = at(SATURDAY, "08:00");
        in.rules = rules(0, new NightSurcharge(22 * 60, 6 * 60, 2_500), 2_000, 1_000,
                Map.of("senior", Surcharge.fixed(1_500)), List.of(new AreaSurcharge("330100", null, 300, null)),
                Map.of("gold", 500), new PointsRule(2, 1_000));
        in.workerLevel = "senior";
        in.memberLevel = "gold";
        in.coupon = new CouponDiscount("C1", 2_000);
        in.pointsRequested = 10_000;
        in.pointsBalance = 10_000;
        Result r = in.price();
        assertEquals(List.of(Kind.BASE, Kind.WEEKEND, Kind.NIGHT, Kind.SAME_DAY, Kind.WORKER_LEVEL, Kind.AREA,
                Kind.MEMBER_LEVEL, Kind.COUPON, Kind.POINTS), kinds(r));
        // 20 000 + 4 000 + 5 000 + 2 000 + 1 500 + 600 = 33 100
        assertEquals(33_100, r.subtotalFen());
        // member 5 % of 33 100 = 1 655; left 31 445; coupon 2 000 → 29 445; points cap half-up(2 944.5) = 2 945 fen
        // → ⌊2 945 / 2⌋ = 1 472 points = 2 944 fen; total 26 501.
        assertEquals(-1_655, line(r, Kind.MEMBER_LEVEL).amountFen());
        assertEquals(1_472, r.pointsUsed());
        assertEquals(-2_944, line(r, Kind.POINTS).amountFen());
        assertEquals(26_501, r.totalFen());
    }

    // --- rounding and amounts ----------------------------------------------------------------------------------------

    @Test
    void percentagesRoundHalfUpToTheFen() {
        assertEquals(1, PriceCalculator.percentOf(1, 5_000)); // 0.5 → 1
        assertEquals(2, PriceCalculator.percentOf(3, 5_000)); // 1.5 → 2
        assertEquals(0, PriceCalculator.percentOf(1, 4_999)); // 0.4999 → 0
        assertEquals(1, PriceCalculator.percentOf(1, 5_001));
        assertEquals(5_001, PriceCalculator.percentOf(10_001, 5_000)); // 5 000.5 → 5 001
        assertEquals(3_333, PriceCalculator.percentOf(10_001, 3_333)); // 3 333.3333 → 3 333
        assertEquals(0, PriceCalculator.percentOf(0, 30_000));
        assertEquals(30_000, PriceCalculator.percentOf(10_000, 30_000));
        assertThrows(IllegalArgumentException.class, () -> PriceCalculator.percentOf(-1, 100));
    }

    @Test
    void aSurchargeOfHalfAFenRoundsUpAndOneBelowHalfIsLeftOut() {
        In in = new In();
        in.charges = List.of(new Charge(Kind.BASE, "tiny", 1, 1));
        in.rules = only(5_000, 0, 0);
        in.holidays = Set.of(WEDNESDAY);
        assertEquals(1, line(in.price(), Kind.HOLIDAY).amountFen());
        in.rules = only(4_999, 0, 0);
        assertEquals(List.of(Kind.BASE), kinds(in.price()));
        // Member discount of half a fen rounds up too: 3 fen × 50 % = 1.5 → 2.
        In member = new In();
        member.charges = List.of(new Charge(Kind.BASE, "tiny", 3, 1));
        member.rules = rules(0, null, 0, 0, null, null, Map.of("m", 5_000), null);
        member.memberLevel = "m";
        assertEquals(-2, line(member.price(), Kind.MEMBER_LEVEL).amountFen());
        assertEquals(1, member.price().totalFen());
    }

    @Test
    void surchargesDoNotCompoundEachIsTakenOfTheBookableAmount() {
        In in = new In().start(SATURDAY, "10:00");
        in.now = at(SATURDAY, "07:00");
        in.rules = only(0, 3_333, 3_333);
        Result r = in.price();
        assertEquals(6_666, line(r, Kind.WEEKEND).amountFen()); // 20 000 × 33.33 %
        assertEquals(6_666, line(r, Kind.SAME_DAY).amountFen()); // also of 20 000, not of 26 666
    }

    @Test
    void aFreeServiceCostsNothingWhateverTheRules() {
        In in = new In().start(SATURDAY, "23:00");
        in.charges = List.of(new Charge(Kind.BASE, "free", 1, 0));
        in.rules = rules(5_000, new NightSurcharge(1320, 360, 5_000), 2_000, 0, null,
                List.of(new AreaSurcharge("330100", null, 100, null)), Map.of("m", 1_000), new PointsRule(1, 10_000));
        in.memberLevel = "m";
        in.pointsRequested = 10;
        in.pointsBalance = 10;
        Result r = in.price();
        assertEquals(List.of(Kind.BASE), kinds(r));
        assertEquals(0, r.totalFen());
    }

    @Test
    void largeAmountsAreExactAndOverflowIsRefused() {
        In in = new In().start(SATURDAY, "10:00");
        in.charges = List.of(new Charge(Kind.BASE, "big", 1_000, 1_000_000_000L)); // 10 billion yuan
        in.rules = only(0, 30_000, 0);
        Result r = in.price();
        assertEquals(1_000_000_000_000L, r.lines().get(0).amountFen());
        assertEquals(3_000_000_000_000L, line(r, Kind.WEEKEND).amountFen());
        assertEquals(4_000_000_000_000L, r.totalFen());
        In huge = new In();
        huge.charges = List.of(new Charge(Kind.BASE, "huge", 2, Long.MAX_VALUE / 2 + 1));
        assertThrows(ArithmeticException.class, huge::price);
        In surcharged = new In().start(SATURDAY, "10:00");
        surcharged.charges = List.of(new Charge(Kind.BASE, "huge", 1, Long.MAX_VALUE / 10_000));
        surcharged.rules = only(0, 20_000, 0);
        assertThrows(ArithmeticException.class, surcharged::price);
    }

    @Test
    void theInputIsChecked() {
        In in = new In();
        in.duration = Duration.ZERO;
        assertThrows(IllegalArgumentException.class, in::build);
        In negative = new In();
        negative.pointsRequested = -1;
        assertThrows(IllegalArgumentException.class, negative::build);
        assertThrows(IllegalArgumentException.class, () -> new CouponDiscount("X", -1));
    }
}
