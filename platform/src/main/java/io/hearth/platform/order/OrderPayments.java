package io.hearth.platform.order;

import io.hearth.platform.payment.PayableOrders;
import io.hearth.platform.payment.PaymentStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What payments need of orders. What is due:
 * <ul>
 * <li>PENDING_PAYMENT, nothing paid: {@code DEPOSIT} (the deposit) when the order has one (the tenant's
 * {@code depositBp} at creation), else {@code FULL} (the total);</li>
 * <li>deposit paid and the service COMPLETED: {@code BALANCE} (total − deposit). The balance is due after the
 * work, not before: that is what a deposit is for;</li>
 * <li>anything else (paid, cancelled, deposit paid but not yet completed): nothing.</li>
 * </ul>
 * {@link #paid} takes money only for the stage due, with exactly the amount due, and is idempotent on the
 * payment id; the deposit or the full amount moves PENDING_PAYMENT → PENDING_DISPATCH.
 */
@ApplicationScoped
public class OrderPayments implements PayableOrders {

    private static final Logger LOG = Logger.getLogger(OrderPayments.class);

    public record Due(PaymentStage stage, long fen) {
    }

    @Inject
    ServiceOrderRepository orders;

    @Inject
    OrderTimelineRepository timeline;

    @Inject
    OrderTransitions transitions;

    public static Optional<Due> due(ServiceOrder o) {
        if (o.status == OrderStatus.PENDING_PAYMENT && o.paymentState == ServiceOrder.PaymentState.UNPAID) {
            return Optional.of(o.depositFen > 0 ? new Due(PaymentStage.DEPOSIT, o.depositFen)
                    : new Due(PaymentStage.FULL, o.totalFen));
        }
        if (o.status == OrderStatus.COMPLETED && o.paymentState == ServiceOrder.PaymentState.DEPOSIT_PAID) {
            return Optional.of(new Due(PaymentStage.BALANCE, o.totalFen - o.depositFen));
        }
        return Optional.empty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID orderId) {
        orders.lockedById(orderId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PayableOrder> find(UUID orderId) {
        return orders.byId(orderId).map(o -> {
            Optional<Due> due = due(o);
            return new PayableOrder(o.id, o.customerId, o.status.name(), o.totalFen, o.netPaidFen(),
                    due.map(Due::stage).orElse(null), due.map(Due::fen).orElse(0L), "Order " + o.orderNo);
        });
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public PaidOutcome paid(UUID orderId, UUID paymentId, PaymentStage stage, long amountFen) {
        Optional<ServiceOrder> found = orders.lockedById(orderId);
        if (found.isEmpty()) {
            LOG.warnf("Payment %s for unknown order %s", paymentId, orderId);
            return PaidOutcome.REJECTED;
        }
        ServiceOrder o = found.get();
        if (timeline.recorded(orderId, OrderAction.PAY, "paymentId", paymentId.toString())) {
            return PaidOutcome.ACCEPTED;
        }
        Optional<Due> due = due(o);
        if (due.isEmpty() || !matches(due.get().stage(), stage) || amountFen != amountOf(stage, o)) {
            LOG.infof("Payment %s (%s, %d fen) refused by order %s (%s, %s)", paymentId, stage, amountFen, o.orderNo,
                    o.status, o.paymentState);
            return PaidOutcome.REJECTED;
        }
        transitions.apply(orderId, OrderAction.PAY, Actor.SYSTEM, null, (order, to, now) -> {
            order.paidFen += amountFen;
            order.paymentState = stage == PaymentStage.DEPOSIT ? ServiceOrder.PaymentState.DEPOSIT_PAID
                    : ServiceOrder.PaymentState.PAID;
            order.paymentDeadline = null;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("paymentId", paymentId.toString());
            details.put("stage", stage);
            details.put("amountFen", amountFen);
            return details;
        });
        return PaidOutcome.ACCEPTED;
    }

    /** FULL is also taken while a deposit is due (the customer paid everything at once). */
    private static boolean matches(PaymentStage due, PaymentStage paid) {
        return due == paid || (due == PaymentStage.DEPOSIT && paid == PaymentStage.FULL);
    }

    private static long amountOf(PaymentStage stage, ServiceOrder o) {
        return switch (stage) {
            case FULL -> o.totalFen;
            case DEPOSIT -> o.depositFen;
            case BALANCE -> o.totalFen - o.depositFen;
        };
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void refunded(UUID orderId, UUID refundId, long amountFen) {
        if (orders.lockedById(orderId).isEmpty()) {
            throw ServiceOrderRepository.notFound(orderId);
        }
        if (timeline.recorded(orderId, OrderAction.REFUND, "refundId", refundId.toString())) {
            return;
        }
        transitions.apply(orderId, OrderAction.REFUND, Actor.SYSTEM, null, (order, to, now) -> {
            order.refundedFen += amountFen;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("refundId", refundId.toString());
            details.put("amountFen", amountFen);
            return details;
        });
    }
}
