package io.hearth.platform.order;

import io.hearth.platform.booking.WorkerBookings;
import io.hearth.platform.payment.OrderRefunds;
import io.hearth.platform.pricing.QuoteBook;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Cancelling an order (customer, staff) and closing it unpaid (system): the booking stops blocking the
 * worker, the quote gives back what it consumed, and the money paid minus the fee is refunded, all in the
 * transaction of the transition.
 */
@ApplicationScoped
public class OrderCancellation {

    public static final String UNPAID_TIMEOUT = "UNPAID_TIMEOUT";

    @Inject
    OrderTransitions transitions;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    WorkerBookings bookings;

    @Inject
    QuoteBook quoteBook;

    @Inject
    OrderRefunds refunds;

    /** The terms if the order were cancelled now (the preview a customer confirms). */
    public OrderDto.Cancellation preview(ServiceOrder order, boolean waive) {
        long held = held(order);
        return view(order.status, held, terms(order, held, transitions.now(), waive), waive);
    }

    /**
     * Cancels the order for {@code actor} (CUSTOMER or STAFF). With {@code expectedFeeFen}, 409
     * {@code order-cancellation-fee-changed} when the fee is not what the caller was shown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderDto.Cancellation cancel(UUID orderId, Actor actor, String reason, Long expectedFeeFen, boolean waive) {
        OrderDto.Cancellation[] applied = new OrderDto.Cancellation[1];
        transitions.apply(orderId, OrderAction.CANCEL, actor, reason, (o, to, now) -> {
            long paid = held(o);
            CancellationPolicy.Terms terms = terms(o, paid, now, waive);
            if (!terms.allowed()) {
                throw ApiException.conflict("order-not-cancellable", o.orderNo, o.status);
            }
            if (expectedFeeFen != null && expectedFeeFen != terms.feeFen()) {
                throw ApiException.conflict("order-cancellation-fee-changed", expectedFeeFen, terms.feeFen());
            }
            applied[0] = view(to, paid, terms, waive);
            return close(o, reason, terms, waive);
        });
        return applied[0];
    }

    /** The system closes an order left unpaid past its deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeUnpaid(UUID orderId, Instant now) {
        transitions.apply(orderId, OrderAction.CLOSE_UNPAID, Actor.SYSTEM, UNPAID_TIMEOUT,
                (o, to, at) -> close(o, UNPAID_TIMEOUT, new CancellationPolicy.Terms(true, 0, null, 0, held(o)), false),
                now);
    }

    private Map<String, Object> close(ServiceOrder o, String reason, CancellationPolicy.Terms terms, boolean waived) {
        bookings.release(o.id);
        quoteBook.release(o.id);
        o.cancelReason = reason;
        o.cancellationFeeFen = terms.feeFen();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("feeFen", terms.feeFen());
        details.put("refundFen", terms.refundFen());
        if (terms.feeBp() > 0) {
            details.put("feeBp", terms.feeBp());
        }
        if (waived) {
            details.put("feeWaived", true);
        }
        if (terms.refundFen() > 0) {
            UUID refundId = refunds.refund(o.id, terms.refundFen(), "CANCELLED", "cancel-" + o.id);
            details.put("refundId", refundId);
        }
        return details;
    }

    /** Money paid for the order that is still held: net of confirmed refunds and of refunds still in flight. */
    private long held(ServiceOrder o) {
        return Math.max(0, o.netPaidFen() - refunds.pendingFen(o.id));
    }

    private CancellationPolicy.Terms terms(ServiceOrder o, long held, Instant now, boolean waive) {
        CancellationPolicy.Terms terms = CancellationPolicy.terms(o.status, o.startAt, now, held,
                tenantSettings.of(TenantContext.require()).settings().cancellationFeeSteps());
        return waive ? terms.waived() : terms;
    }

    private static OrderDto.Cancellation view(OrderStatus status, long paid, CancellationPolicy.Terms t, boolean waived) {
        return new OrderDto.Cancellation(t.allowed(), status, t.feeBp(), t.stepHours(), paid, t.feeFen(), t.refundFen(),
                waived && t.allowed());
    }
}
