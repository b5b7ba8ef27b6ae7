/**
 * Prices and quotes (DESIGN.md §5): {@link io.hearth.platform.pricing.PriceCalculator} (pure; the one rounding rule),
 * per-tenant {@link io.hearth.platform.pricing.PricingRules} and holiday calendar ({@code /api/tenant/pricing}),
 * customer quotes ({@code /api/app/quotes}) and {@link io.hearth.platform.pricing.QuoteBook}, through which the
 * order module turns a quote into an order (spending its points and coupon) and gives them back on cancellation.
 * Coupons are behind {@link io.hearth.platform.pricing.CouponEngine}.
 */
package io.hearth.platform.pricing;
