/**
 * Orders (DESIGN.md §5): created from a quote (address snapshot, requirements, chosen worker or "any", slot),
 * moved through {@link io.hearth.platform.order.OrderStateMachine} by the single method
 * {@link io.hearth.platform.order.OrderTransitions#apply} (lock, guard, change, timeline row in one transaction),
 * cancelled by {@link io.hearth.platform.order.CancellationPolicy}, paid through
 * {@link io.hearth.platform.payment.PayableOrders} ({@link io.hearth.platform.order.OrderPayments}), and closed
 * when left unpaid ({@link io.hearth.platform.order.UnpaidOrderCloser}).
 */
package io.hearth.platform.order;
