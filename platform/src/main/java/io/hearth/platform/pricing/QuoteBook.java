package io.hearth.platform.pricing;

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

    Clock clock = Clock.systemUTC();

    /**
     * Locks the customer's quote and marks it used by {@code orderId}. 404 when it is not this customer's
     * quote, 409 when an order was already made from it, 422 when it has expired.
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
        return quote;
    }

    /** The order made from a quote was cancelled or closed: give back what the quote consumed (points, coupon). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID orderId) {
        // Points and coupons are returned here once the pricing feature spends them in take().
    }
}
