package io.hearth.platform.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Refunds asked by the order module ({@link OrderRefunds}, e.g. on cancellation) and by staff. Both only write the
 * refund rows in the caller's transaction; {@link RefundSender} calls the provider after commit.
 */
@ApplicationScoped
@Transactional
public class PaymentRefunds implements OrderRefunds {

    public record StaffRefund(PaymentDto.RefundView refund, boolean created) {
    }

    @Inject
    RefundLedger ledger;

    @Inject
    PaymentViews views;

    @Override
    public UUID refund(UUID orderId, long amountFen, String reason, String idempotencyKey) {
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
        if (amountFen == 0) {
            return null;
        }
        return ledger.request(orderId, amountFen, reason, "order:" + idempotencyKey, RefundRequest.Initiator.ORDER, null)
                .request().id;
    }

    @Override
    public long pendingFen(UUID orderId) {
        return ledger.pendingForOrder(orderId);
    }

    /** 404 for an order the tenant does not have; see {@link RefundLedger#request} for the rest. */
    public StaffRefund staffRefund(UUID orderId, PaymentDto.NewRefund in, String idempotencyKey, String staff) {
        views.requireOrder(orderId);
        RefundLedger.Requested r = ledger.request(orderId, in.amountFen(), in.reason().strip(), idempotencyKey,
                RefundRequest.Initiator.STAFF, staff);
        return new StaffRefund(views.refund(r.request(), r.refunds()), r.created());
    }
}
