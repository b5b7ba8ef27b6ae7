package io.hearth.platform.marketing;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Customers' points (current tenant). Spending checks the balance under a per-customer transaction lock, so two
 * orders paid with the same points cannot both succeed; spending for an order and giving those points back happen
 * at most once per order (also guarded by a unique index).
 */
@ApplicationScoped
@Transactional
public class PointsAccounts {

    @Inject
    PointsLedgerRepository ledger;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long balance(UUID customerId) {
        return ledger.balance(customerId);
    }

    /**
     * Takes {@code points} from the customer for the order. 409 {@code points-insufficient} when the balance is lower
     * now, 409 {@code points-already-spent} when points were already spent for this order.
     */
    public void spend(UUID customerId, long points, UUID orderId) {
        if (points <= 0) {
            throw new IllegalArgumentException("points to spend must be positive");
        }
        lockAccount(customerId);
        if (ledger.forOrder(orderId, PointsEntry.ORDER_SPEND).isPresent()) {
            throw ApiException.conflict("points-already-spent", orderId);
        }
        long balance = ledger.balance(customerId);
        if (balance < points) {
            throw ApiException.conflict("points-insufficient", points, balance);
        }
        append(customerId, -points, PointsEntry.ORDER_SPEND, orderId);
    }

    /** Gives back what the order spent. Does nothing when it spent nothing or was already given back. */
    public void restore(UUID orderId) {
        PointsEntry spent = ledger.forOrder(orderId, PointsEntry.ORDER_SPEND).orElse(null);
        if (spent == null) {
            return;
        }
        lockAccount(spent.customerId);
        if (ledger.forOrder(orderId, PointsEntry.ORDER_RESTORE).isEmpty()) {
            append(spent.customerId, -spent.delta, PointsEntry.ORDER_RESTORE, orderId);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PointsDto.Account account(UUID customerId, int recent) {
        return new PointsDto.Account(ledger.balance(customerId),
                ledger.recent(customerId, recent).stream().map(PointsDto.Entry::of).toList());
    }

    private void append(UUID customerId, long delta, String reason, UUID orderId) {
        PointsEntry e = new PointsEntry();
        e.id = UUID.randomUUID();
        e.customerId = customerId;
        e.delta = delta;
        e.reason = reason;
        e.orderId = orderId;
        e.createdAt = Instant.now();
        ledger.persist(e);
    }

    /** Held until the transaction ends; a hash collision between two accounts only makes one wait for the other. */
    private void lockAccount(UUID customerId) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "points:" + TenantContext.require() + ":" + customerId)
                .getSingleResult();
    }
}
