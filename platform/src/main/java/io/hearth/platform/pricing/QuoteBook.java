package io.hearth.platform.pricing;

import io.hearth.platform.marketing.PointsAccounts;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Turns a quote into an order, once: the order module calls {@link #take} inside the transaction that
 * creates the order, and {@link #release} inside the one that cancels it. Runs in the current tenant.
 */
@ApplicationScoped
public class QuoteBook {

    @Inject
    EntityManager em;

    @Inject
    PointsAccounts points;

    @Inject
    CouponEngine coupons;

    @Inject
    Clock clock;

    /**
     * Locks the customer's quote, marks it used by {@code orderId} and spends what it promised: its points
     * ({@link PointsAccounts#spend}) and its coupon ({@link CouponEngine#redeem}). 404 when it is not this customer's
     * quote, 409 when an order was already made from it, 422 when it has expired, 409 {@code points-insufficient}
     * when the customer no longer has the points; any failure leaves the transaction to roll back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Quote take(UUID quoteId, UUID customerId, UUID orderId) {
        Quote quote = em.createQuery("from Quote q where q.id = :id", Quote.class).setParameter("id", quoteId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (quote == null || !quote.customerId.equals(customerId)) {
            throw ApiException.notFound("Quote", quoteId);
        }
        if (quote.orderId != null) {
            throw ApiException.conflict("quote-used", quoteId);
        }
        if (!quote.expiresAt.isAfter(clock.instant())) {
            throw ApiException.unprocessable("quote-expired", quoteId);
        }
        quote.orderId = orderId;
        if (quote.pointsUsed > 0) {
            points.spend(quote.customerId, quote.pointsUsed, orderId);
        }
        if (quote.couponCode != null) {
            coupons.redeem(quote.couponCode, quote.customerId, orderId);
        }
        return quote;
    }

    /**
     * The order made from a quote was cancelled or closed: give back what the quote consumed (points, coupon).
     * Idempotent: calling it again, or for an order that used neither, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID orderId) {
        points.restore(orderId);
        coupons.restore(orderId);
    }
}
