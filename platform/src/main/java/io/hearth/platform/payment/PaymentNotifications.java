package io.hearth.platform.payment;

import io.hearth.platform.events.Outbox;
import io.hearth.platform.payment.PaymentProvider.PaymentNotice;
import io.hearth.platform.payment.PaymentProvider.ProviderMessage;
import io.hearth.platform.payment.PaymentProvider.RefundNotice;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Acts on provider notifications, fast: verify (signature, freshness), find the payment by our own number, then
 * one transaction in its tenant. Idempotent: the provider's transaction id (payments) and the refund's final state
 * (refunds) make duplicates, replays within the freshness window and reordered deliveries change nothing. Provider
 * calls never happen here (automatic refunds are only written; the refund worker sends them).
 * <p>
 * Answers: refused (forged, replayed, unreadable) → 401/400 problem and nothing changes; everything verified →
 * success (204), including a wrong amount (recorded, the payment marked AMOUNT_MISMATCH: a retry cannot change the
 * amount, so the provider is told to stop) and numbers we do not know.
 */
@ApplicationScoped
public class PaymentNotifications {

    private static final Logger LOG = Logger.getLogger(PaymentNotifications.class);

    @Inject
    Outbox outbox;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentLocator locator;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundLedger ledger;

    @Inject
    PayableOrders orders;

    @Inject
    NotificationLog log;

    public String payment(String providerPath, ProviderMessage message) {
        PaymentProvider provider = providers.byPath(providerPath);
        PaymentNotice notice;
        try {
            notice = provider.verifyPaymentNotification(message);
        } catch (NotificationRejected e) {
            throw refused(provider.code(), PaymentNotification.Kind.PAYMENT, e);
        }
        Optional<PaymentLocator.Located> found = locator.payment(notice.outTradeNo())
                .filter(l -> l.provider() == provider.code())
                .filter(l -> notice.tenantId() == null || notice.tenantId().equals(l.tenantId()));
        if (found.isEmpty()) {
            LOG.warnf("%s payment notification for unknown out_trade_no %s (transaction %s)", provider.code(),
                    notice.outTradeNo(), notice.transactionId());
            PaymentNotification n = paymentEntry(provider.code(), notice, "UNKNOWN_PAYMENT");
            n.tenantId = notice.tenantId();
            log.recordAlone(n);
            return n.outcome;
        }
        PaymentLocator.Located at = found.get();
        return TenantContext.call(at.tenantId(),
                () -> QuarkusTransaction.requiringNew().call(() -> applyPayment(at, provider.code(), notice)));
    }

    public String refund(String providerPath, ProviderMessage message) {
        PaymentProvider provider = providers.byPath(providerPath);
        RefundNotice notice;
        try {
            notice = provider.verifyRefundNotification(message);
        } catch (NotificationRejected e) {
            throw refused(provider.code(), PaymentNotification.Kind.REFUND, e);
        }
        Optional<PaymentLocator.Located> found = locator.refund(notice.outRefundNo())
                .filter(l -> l.provider() == provider.code())
                .filter(l -> notice.tenantId() == null || notice.tenantId().equals(l.tenantId()));
        if (found.isEmpty()) {
            LOG.warnf("%s refund notification for unknown out_refund_no %s", provider.code(), notice.outRefundNo());
            PaymentNotification n = refundEntry(provider.code(), notice, "UNKNOWN_REFUND");
            n.tenantId = notice.tenantId();
            log.recordAlone(n);
            return n.outcome;
        }
        PaymentLocator.Located at = found.get();
        return TenantContext.call(at.tenantId(),
                () -> QuarkusTransaction.requiringNew().call(() -> applyRefund(at, provider.code(), notice)));
    }

    private String applyPayment(PaymentLocator.Located at, ProviderCode provider, PaymentNotice notice) {
        payments.byId(at.id()).ifPresent(unlocked -> orders.lock(unlocked.orderId)); // order first, then payment
        Payment p = payments.lockById(at.id()).orElseThrow();
        String outcome = paymentOutcome(p, notice);
        PaymentNotification n = paymentEntry(provider, notice, outcome);
        n.tenantId = at.tenantId();
        n.paymentId = p.id;
        log.record(n);
        return outcome;
    }

    private String paymentOutcome(Payment p, PaymentNotice notice) {
        if (!notice.succeeded()) {
            return "IGNORED_NOT_PAID";
        }
        if (notice.transactionId().equals(p.providerTransactionId)) {
            return "DUPLICATE";
        }
        if (p.status == PaymentStatus.CLOSED) {
            LOG.errorf("Payment %s was CLOSED, yet %s reports it paid (transaction %s, %d fen): reconcile by hand",
                    p.id, p.provider, notice.transactionId(), notice.amountFen());
            return "IGNORED_CLOSED";
        }
        if (p.status != PaymentStatus.CREATED) {
            LOG.errorf("Payment %s is %s with transaction %s, yet %s reports transaction %s: reconcile by hand", p.id,
                    p.status, p.providerTransactionId, p.provider, notice.transactionId());
            return "IGNORED_OTHER_TRANSACTION";
        }
        Instant now = Instant.now();
        p.providerTransactionId = notice.transactionId();
        p.receivedFen = notice.amountFen();
        p.paidAt = notice.paidAt() == null ? now : notice.paidAt();
        p.updatedAt = now;
        if (notice.amountFen() != p.amountFen) {
            p.status = PaymentStatus.AMOUNT_MISMATCH;
            LOG.errorf("Payment %s asked %d fen but %s reports %d fen (transaction %s): not paid, reconcile by hand",
                    p.id, p.amountFen, p.provider, notice.amountFen(), notice.transactionId());
            return "AMOUNT_MISMATCH";
        }
        p.status = PaymentStatus.PAID;
        outbox.emit(p.tenantId, "payment.paid", "payment", p.id, paymentEvent(p));
        if (orders.paid(p.orderId, p.id, p.stage, p.amountFen) == PayableOrders.PaidOutcome.REJECTED) {
            p.orderRejected = true;
            ledger.refundRejectedPayment(p);
            LOG.infof("Order %s refused payment %s (%d fen): refunding it automatically", p.orderId, p.id, p.amountFen);
            return "PAID_ORDER_REJECTED";
        }
        return "PAID";
    }

    private static java.util.Map<String, Object> paymentEvent(Payment p) {
        java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
        e.put("paymentId", p.id);
        e.put("orderId", p.orderId);
        e.put("stage", p.stage == null ? null : p.stage.name());
        e.put("amountFen", p.amountFen);
        e.put("provider", String.valueOf(p.provider));
        e.put("paidAt", p.paidAt);
        return e;
    }

    private String applyRefund(PaymentLocator.Located at, ProviderCode provider, RefundNotice notice) {
        Refund r = refunds.lockById(at.id()).orElseThrow();
        String outcome;
        if (r.status.isFinal()) {
            outcome = "REFUND_DUPLICATE";
            if ((r.status == RefundStatus.SUCCEEDED) != notice.succeeded()) {
                LOG.errorf("Refund %s is %s, yet %s now reports %s: reconcile by hand", r.id, r.status, provider,
                        notice.providerStatus());
            }
        } else if (notice.refundFen() != r.amountFen) {
            outcome = "REFUND_AMOUNT_MISMATCH";
            LOG.errorf("Refund %s asked %d fen but %s reports %d fen: left as it is, reconcile by hand", r.id,
                    r.amountFen, provider, notice.refundFen());
        } else if (notice.succeeded()) {
            ledger.succeed(r, notice.providerRefundId());
            outcome = "REFUND_SUCCEEDED";
        } else {
            ledger.fail(r, provider + " reports " + notice.providerStatus());
            outcome = "REFUND_FAILED";
        }
        PaymentNotification n = refundEntry(provider, notice, outcome);
        n.tenantId = at.tenantId();
        n.paymentId = r.paymentId;
        n.refundId = r.id;
        log.record(n);
        return outcome;
    }

    private ApiException refused(ProviderCode provider, PaymentNotification.Kind kind, NotificationRejected e) {
        LOG.warnf("%s %s notification refused (%s): %s", provider, kind, e.reason(), e.getMessage());
        log.recordAlone(log.entry(provider, kind, false, "REJECTED_" + e.reason()));
        return switch (e.reason()) {
            case SIGNATURE -> new ApiException(401, "payment-notification-signature");
            case STALE -> new ApiException(401, "payment-notification-stale");
            case MALFORMED -> new ApiException(400, "payment-notification-malformed");
        };
    }

    private PaymentNotification paymentEntry(ProviderCode provider, PaymentNotice notice, String outcome) {
        PaymentNotification n = log.entry(provider, PaymentNotification.Kind.PAYMENT, true, outcome);
        n.outTradeNo = notice.outTradeNo();
        n.providerTransactionId = notice.transactionId();
        n.amountFen = notice.amountFen();
        n.summary = notice.summary();
        return n;
    }

    private PaymentNotification refundEntry(ProviderCode provider, RefundNotice notice, String outcome) {
        PaymentNotification n = log.entry(provider, PaymentNotification.Kind.REFUND, true, outcome);
        n.outRefundNo = notice.outRefundNo();
        n.providerTransactionId = notice.providerRefundId();
        n.amountFen = notice.refundFen();
        n.summary = notice.summary();
        return n;
    }
}
