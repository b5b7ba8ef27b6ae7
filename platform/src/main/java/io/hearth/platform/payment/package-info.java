/**
 * Payments (DESIGN.md §8): the money of orders. A payment per order stage (FULL, or DEPOSIT then BALANCE, as the
 * order says through {@link io.hearth.platform.payment.PayableOrders}), providers behind
 * {@link io.hearth.platform.payment.PaymentProvider} (sandbox, WeChat Pay v3), notifications verified and
 * idempotent on the provider's transaction id, refunds with idempotency keys sent after commit by
 * {@link io.hearth.platform.payment.RefundSender}, and {@link io.hearth.platform.payment.OrderRefunds} for the order
 * module. Owns the tables payment, refund_request, refund, payment_notification and wechat_pay_account.
 */
package io.hearth.platform.payment;
