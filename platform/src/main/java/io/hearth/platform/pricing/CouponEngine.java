package io.hearth.platform.pricing;

import java.time.Instant;
import java.util.UUID;

/**
 * Coupons as pricing sees them (DESIGN.md §9; the coupon engine itself belongs to marketing). Every call runs in
 * the current tenant. {@link NoCouponEngine} is used until an implementation exists.
 */
public interface CouponEngine {

    /**
     * The discount a coupon gives on this quote. Throws an {@link io.hearth.platform.shared.web.ApiException} (422)
     * when the code is unknown, not the customer's, expired, out of stock or not applicable; never writes anything.
     */
    PriceCalculator.CouponDiscount evaluate(UUID customerId, String code, Context context);

    /**
     * Uses the coupon for an order. Called by {@link QuoteBook#take} inside the order's transaction; throws an
     * {@link io.hearth.platform.shared.web.ApiException} (409) when it can no longer be used.
     */
    void redeem(String code, UUID customerId, UUID orderId);

    /** Gives back the coupon an order used, if any. Idempotent; called by {@link QuoteBook#release}. */
    void restore(UUID orderId);

    /**
     * What the coupon is asked about. {@code subtotalFen}: bookables + surcharges; {@code payableFen}: what is left
     * after the member-level discount (a threshold such as "10 yuan off from 50 yuan" is checked against it).
     */
    record Context(UUID itemId, UUID packageId, int quantity, Instant start, String cityCode, long subtotalFen,
            long payableFen) {
    }
}
