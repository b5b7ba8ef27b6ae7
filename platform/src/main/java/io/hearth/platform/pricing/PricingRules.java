package io.hearth.platform.pricing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's surcharges and discounts (how they are applied: {@link PriceCalculator}). Rates are basis points
 * (100 bp = 1 %). Every part is optional: an absent part charges or discounts nothing, and
 * {@link #defaults()} has no surcharge, no discount and does not accept points.
 *
 * @param holidaySurchargeBp     on dates of the tenant's holiday calendar (wins over the weekend surcharge)
 * @param nightSurcharge         null = none
 * @param weekendSurchargeBp     Saturdays and Sundays
 * @param sameDaySurchargeBp     services starting on the day they are booked
 * @param workerLevelSurcharges  worker level code → surcharge, when the customer chooses a worker of that level
 * @param areaSurcharges         by the address's city and, optionally, district (the most specific match wins)
 * @param memberLevelDiscountsBp customer member level code → discount
 * @param points                 null = points are not accepted
 * @param quoteValidityMinutes   how long a quote can be turned into an order (default 15)
 */
public record PricingRules(
        @Min(0) @Max(MAX_SURCHARGE_BP) int holidaySurchargeBp,
        @Valid NightSurcharge nightSurcharge,
        @Min(0) @Max(MAX_SURCHARGE_BP) int weekendSurchargeBp,
        @Min(0) @Max(MAX_SURCHARGE_BP) int sameDaySurchargeBp,
        @Size(max = 50) Map<@NotNull @Pattern(regexp = CODE) String, @NotNull @Valid Surcharge> workerLevelSurcharges,
        @Size(max = 200) List<@NotNull @Valid AreaSurcharge> areaSurcharges,
        @Size(max = 50) Map<@NotNull @Pattern(regexp = CODE) String, @NotNull @Min(0) @Max(10_000) Integer> memberLevelDiscountsBp,
        @Valid PointsRule points,
        @Min(1) @Max(1440) Integer quoteValidityMinutes) {

    /** A surcharge may at most quadruple the bookable amount. */
    public static final int MAX_SURCHARGE_BP = 30_000;
    public static final long MAX_FIXED_FEN = 10_000_000L;
    public static final int DEFAULT_QUOTE_VALIDITY_MINUTES = 15;
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,29}";

    public PricingRules {
        // Copies that keep null entries, so validation reports them instead of a NullPointerException here.
        workerLevelSurcharges = workerLevelSurcharges == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(workerLevelSurcharges));
        areaSurcharges = areaSurcharges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(areaSurcharges));
        memberLevelDiscountsBp = memberLevelDiscountsBp == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(memberLevelDiscountsBp));
        quoteValidityMinutes = quoteValidityMinutes == null ? DEFAULT_QUOTE_VALIDITY_MINUTES : quoteValidityMinutes;
    }

    public static PricingRules defaults() {
        return new PricingRules(0, null, 0, 0, null, null, null, null, null);
    }

    /**
     * Nightly hours as minutes of the day in the tenant's zone, {@code [startMinute, endMinute)}; an end at or before
     * the start runs past midnight (22:00–06:00 = 1320, 360).
     */
    public record NightSurcharge(@Min(0) @Max(1439) int startMinute, @Min(0) @Max(1440) int endMinute,
            @Min(1) @Max(MAX_SURCHARGE_BP) int bp) {

        public boolean spansMidnight() {
            return endMinute <= startMinute;
        }

        @JsonIgnore
        @AssertTrue(message = "the night hours must not be empty (start and end differ)")
        public boolean isNotEmpty() {
            return startMinute != endMinute % 1440;
        }
    }

    /** Either a rate of the bookable amount or a fixed amount per quote: exactly one of the two. */
    public record Surcharge(@Min(1) @Max(MAX_SURCHARGE_BP) Integer bp, @Min(1) @Max(MAX_FIXED_FEN) Long fixedFen) {

        public static Surcharge rate(int bp) {
            return new Surcharge(bp, null);
        }

        public static Surcharge fixed(long fen) {
            return new Surcharge(null, fen);
        }

        @JsonIgnore
        @AssertTrue(message = "give exactly one of bp and fixedFen")
        public boolean isExactlyOne() {
            return (bp == null) != (fixedFen == null);
        }
    }

    /** A surcharge for addresses in a city (6-digit code), or only in one of its districts. */
    public record AreaSurcharge(@NotNull @Pattern(regexp = "[0-9]{6}") String cityCode, @Size(min = 1, max = 60) String district,
            @Min(1) @Max(MAX_SURCHARGE_BP) Integer bp, @Min(1) @Max(MAX_FIXED_FEN) Long fixedFen) {

        public Surcharge surcharge() {
            return new Surcharge(bp, fixedFen);
        }

        @JsonIgnore
        @AssertTrue(message = "give exactly one of bp and fixedFen")
        public boolean isExactlyOne() {
            return (bp == null) != (fixedFen == null);
        }
    }

    /**
     * Points as money: one point is worth {@code fenPerPoint} fen, and points pay at most {@code maxDiscountBp}
     * of what is left to pay after the other discounts.
     */
    public record PointsRule(@Min(1) @Max(10_000) int fenPerPoint, @Min(1) @Max(10_000) int maxDiscountBp) {
    }
}
