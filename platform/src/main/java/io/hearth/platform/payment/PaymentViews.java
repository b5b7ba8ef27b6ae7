package io.hearth.platform.payment;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An order's payments and refunds as the customer and the staff see them (current tenant). In a transaction because
 * {@link PayableOrders} is only called inside one (the order module's implementation requires it).
 */
@ApplicationScoped
@Transactional
public class PaymentViews {

    @Inject
    PayableOrders orders;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundRequestRepository requests;

    /** Only the customer's own order; another's is 404 like an unknown one. */
    public PaymentDto.OrderPayments forCustomer(UUID customerId, UUID orderId) {
        PayableOrders.PayableOrder order = orders.find(orderId).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(() -> ApiException.notFound("Order", orderId));
        return view(order, false);
    }

    public PaymentDto.OrderPayments forStaff(UUID orderId) {
        return view(requireOrder(orderId), true);
    }

    public PayableOrders.PayableOrder requireOrder(UUID orderId) {
        return orders.find(orderId).orElseThrow(() -> ApiException.notFound("Order", orderId));
    }

    public PaymentDto.RefundView refund(RefundRequest request, List<Refund> parts) {
        return PaymentDto.RefundView.of(request, parts, true);
    }

    private PaymentDto.OrderPayments view(PayableOrders.PayableOrder order, boolean staff) {
        Map<UUID, List<Refund>> parts = refunds.ofOrder(order.id()).stream()
                .collect(Collectors.groupingBy(r -> r.requestId));
        List<PaymentDto.RefundView> refundViews = requests.ofOrder(order.id()).stream()
                .map(r -> PaymentDto.RefundView.of(r, parts.getOrDefault(r.id, List.of()), staff))
                .toList();
        return new PaymentDto.OrderPayments(order.id(), order.status(), order.totalFen(), order.paidFen(),
                order.dueStage(), order.dueFen(), payments.ofOrder(order.id()).stream().map(PaymentDto.PaymentView::of).toList(),
                refundViews);
    }
}
