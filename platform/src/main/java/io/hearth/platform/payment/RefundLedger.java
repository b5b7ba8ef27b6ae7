package io.hearth.platform.payment;

import io.hearth.platform.events.Outbox;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every change of refund money, in the current tenant and the caller's transaction: requesting a refund (spread
 * over the order's payments, newest first, under their row locks) and a refund's success or failure (which moves
 * the amount from the payment's pending to its refunded money and tells the order).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RefundLedger {

    private static final Logger LOG = Logger.getLogger(RefundLedger.class);
    static final String AUTOMATIC_REASON = "ORDER_CANCELLED";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    public record Requested(RefundRequest request, List<Refund> refunds, boolean created) {
    }

    @Inject
    Outbox outbox;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundRequestRepository requests;

    @Inject
    PayableOrders orders;

    @Inject
    jakarta.persistence.EntityManager em;

    /**
     * Refunds {@code amountFen} of the order's received money, once per {@code idempotencyKey}: the same key with
     * the same order and amount returns the first request unchanged; with another order or amount it is refused
     * (422). More than the order's payments still hold is refused (422) and nothing is written.
     */
    public Requested request(UUID orderId, long amountFen, String reason, String idempotencyKey,
            RefundRequest.Initiator initiator, String requestedBy) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amountFen must be positive");
        }
        List<Payment> holding = payments.lockHoldingMoney(orderId);
        Optional<RefundRequest> earlier = requests.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            RefundRequest r = earlier.get();
            if (!r.orderId.equals(orderId) || r.amountFen != amountFen) {
                throw ApiException.unprocessable("refund-key-reused", idempotencyKey);
            }
            return new Requested(r, refunds.ofRequest(r.id), false);
        }
        long refundable = holding.stream().mapToLong(Payment::refundableFen).sum();
        if (amountFen > refundable) {
            throw ApiException.unprocessable("refund-exceeds-paid", amountFen, refundable);
        }
        RefundRequest request = newRequest(orderId, amountFen, reason, idempotencyKey, initiator, requestedBy, true);
        List<Refund> parts = new ArrayList<>();
        long left = amountFen;
        for (Payment p : holding) {
            long take = Math.min(left, p.refundableFen());
            if (take > 0) {
                parts.add(newRefund(request, p, take));
                left -= take;
            }
        }
        return new Requested(request, parts, true);
    }

    /**
     * Money arrived for an order that no longer takes it: the whole payment goes back. The order is not told (it
     * never counted this money). Idempotent on the payment.
     */
    public Requested refundRejectedPayment(Payment locked) {
        String key = "auto-refund-" + locked.id;
        Optional<RefundRequest> earlier = requests.byKey(key);
        if (earlier.isPresent()) {
            return new Requested(earlier.get(), refunds.ofRequest(earlier.get().id), false);
        }
        RefundRequest request = newRequest(locked.orderId, locked.amountFen, AUTOMATIC_REASON, key,
                RefundRequest.Initiator.AUTOMATIC, null, false);
        return new Requested(request, List.of(newRefund(request, locked, locked.amountFen)), true);
    }

    /** Refunds of money the order counts (not automatic refunds of money it refused) still waiting for the provider. */
    public long pendingForOrder(UUID orderId) {
        return em.createQuery("select coalesce(sum(r.amountFen), 0) from Refund r, RefundRequest q"
                + " where r.requestId = q.id and r.orderId = :order and q.notifyOrder = true"
                + " and r.status in (:pending, :processing)", Long.class)
                .setParameter("order", orderId).setParameter("pending", RefundStatus.PENDING)
                .setParameter("processing", RefundStatus.PROCESSING).getSingleResult();
    }

    /** The provider confirmed the refund. Final states never change again (duplicates are ignored by the caller). */
    public void succeed(Refund refund, String providerRefundId) {
        orders.lock(refund.orderId); // order first, then payment, as a cancellation does
        Payment p = payments.lockById(refund.paymentId).orElseThrow();
        Instant now = Instant.now();
        p.refundPendingFen -= refund.amountFen;
        p.refundedFen += refund.amountFen;
        p.status = p.refundedFen == p.amountFen ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        p.updatedAt = now;
        refund.status = RefundStatus.SUCCEEDED;
        refund.succeededAt = now;
        refund.updatedAt = now;
        if (refund.providerRefundId == null) {
            refund.providerRefundId = providerRefundId;
        }
        outbox.emit(refund.tenantId, "refund.succeeded", "refund", refund.id, refundEvent(refund));
        RefundRequest request = requests.byId(refund.requestId).orElseThrow();
        if (request.notifyOrder) {
            orders.refunded(refund.orderId, refund.id, refund.amountFen);
        }
    }

    /** The provider will not refund: the amount is available to refund again (by a new request). */
    public void fail(Refund refund, String why) {
        orders.lock(refund.orderId);
        Payment p = payments.lockById(refund.paymentId).orElseThrow();
        Instant now = Instant.now();
        p.refundPendingFen -= refund.amountFen;
        p.updatedAt = now;
        refund.status = RefundStatus.FAILED;
        refund.failedAt = now;
        refund.updatedAt = now;
        refund.lastError = truncate(why);
        outbox.emit(refund.tenantId, "refund.failed", "refund", refund.id, refundEvent(refund));
        LOG.errorf("Refund %s of payment %s (%d fen) FAILED: %s. The money is still held; refund it again or by hand.",
                refund.id, refund.paymentId, refund.amountFen, refund.lastError);
    }

    private static java.util.Map<String, Object> refundEvent(Refund r) {
        java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
        e.put("refundId", r.id);
        e.put("paymentId", r.paymentId);
        e.put("orderId", r.orderId);
        e.put("amountFen", r.amountFen);
        e.put("status", r.status.name());
        e.put("lastError", r.lastError);
        return e;
    }

    private RefundRequest newRequest(UUID orderId, long amountFen, String reason, String key,
            RefundRequest.Initiator initiator, String requestedBy, boolean notifyOrder) {
        RefundRequest r = new RefundRequest();
        r.id = UUID.randomUUID();
        r.orderId = orderId;
        r.amountFen = amountFen;
        r.reason = reason;
        r.idempotencyKey = key;
        r.initiatedBy = initiator;
        r.requestedBy = requestedBy;
        r.notifyOrder = notifyOrder && initiator != RefundRequest.Initiator.AUTOMATIC;
        r.createdAt = Instant.now();
        requests.persist(r);
        return r;
    }

    private Refund newRefund(RefundRequest request, Payment p, long amountFen) {
        Instant now = Instant.now();
        Refund r = new Refund();
        r.id = UUID.randomUUID();
        r.requestId = request.id;
        r.orderId = p.orderId;
        r.paymentId = p.id;
        r.amountFen = amountFen;
        r.status = RefundStatus.PENDING;
        r.outRefundNo = newNumber("hr");
        r.nextAttemptAt = now;
        r.createdAt = now;
        r.updatedAt = now;
        refunds.persist(r);
        p.refundPendingFen += amountFen;
        p.updatedAt = now;
        return r;
    }

    /** Random, 32 characters of [0-9a-z], nothing derived from the tenant or the order. */
    static String newNumber(String prefix) {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return prefix + HexFormat.of().formatHex(random);
    }

    static String truncate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300);
    }
}
