/**
 * Marketing and loyalty (DESIGN.md §9). So far: customers' points ({@link io.hearth.platform.marketing.PointsAccounts},
 * ledger {@code points_ledger}, {@code GET /api/app/me/points}). Coupons will implement
 * {@link io.hearth.platform.pricing.CouponEngine}; member levels are the {@code customer.member_level} column.
 */
package io.hearth.platform.marketing;
