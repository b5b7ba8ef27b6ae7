package io.hearth.platform.payment;

import io.hearth.platform.payment.PaymentProvider.Prepaid;
import io.hearth.platform.payment.PaymentProvider.PrepayRequest;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A customer starts paying an order: the payment for the stage due now (reused while it is open, replaced when the
 * provider or the amount changed), registered with the provider, and the parameters the app pays with. Provider
 * calls run between short transactions, never inside one. Runs in the current tenant.
 */
@ApplicationScoped
public class PaymentCheckout {

    private static final Logger LOG = Logger.getLogger(PaymentCheckout.class);

    @Inject
    PayableOrders orders;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentProviders providers;

    private record Plan(PayableOrders.PayableOrder order, Payment reuse, Payment replace) {
    }

    public PaymentDto.Started start(UUID customerId, UUID orderId, ProviderCode code) {
        PaymentProvider provider = providers.get(code);
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(customerId, orderId, provider));
        if (plan.replace() != null) {
            close(plan.replace());
        }
        Payment chosen = plan.reuse() != null ? plan.reuse()
                : QuarkusTransaction.requiringNew().call(() -> create(customerId, plan, code));
        Payment payment = chosen.prepaidUntil(Instant.now()) ? chosen
                : storePrepay(chosen.id, prepay(provider, chosen, plan.order().description()));
        return new PaymentDto.Started(PaymentDto.PaymentView.of(payment),
                provider.clientParameters(payment.id, payment.prepayId));
    }

    private Payment storePrepay(UUID paymentId, Prepaid prepaid) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Payment p = payments.byId(paymentId).orElseThrow();
            p.prepayId = prepaid.prepayId();
            p.prepayExpiresAt = prepaid.expiresAt();
            p.updatedAt = Instant.now();
            return p;
        });
    }

    private Plan plan(UUID customerId, UUID orderId, PaymentProvider provider) {
        PayableOrders.PayableOrder order = orders.find(orderId).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(() -> ApiException.notFound("Order", orderId));
        if (order.dueStage() == null || order.dueFen() <= 0) {
            throw ApiException.conflict("payment-nothing-due", orderId);
        }
        provider.checkUsable(customerId);
        Payment open = payments.open(orderId, order.dueStage()).orElse(null);
        if (open != null && open.provider == provider.code() && open.amountFen == order.dueFen()) {
            return new Plan(order, open, null);
        }
        return new Plan(order, null, open);
    }

    /** The open payment no longer fits (another provider or amount): closed at its provider so it cannot be paid. */
    private void close(Payment open) {
        try {
            providers.get(open.provider).close(open.outTradeNo);
        } catch (ProviderException e) {
            LOG.warnf("Closing payment %s at %s failed: %s", open.id, open.provider, e.getMessage());
            throw new ApiException(503, "payment-provider-unavailable", open.provider);
        }
    }

    private Payment create(UUID customerId, Plan plan, ProviderCode code) {
        Instant now = Instant.now();
        if (plan.replace() != null) {
            payments.lockById(plan.replace().id).filter(old -> old.status == PaymentStatus.CREATED).ifPresent(old -> {
                old.status = PaymentStatus.CLOSED;
                old.closedAt = now;
                old.updatedAt = now;
            });
            payments.flush();
        }
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.orderId = plan.order().id();
        p.customerId = customerId;
        p.stage = plan.order().dueStage();
        p.provider = code;
        p.outTradeNo = RefundLedger.newNumber("hp");
        p.amountFen = plan.order().dueFen();
        p.status = PaymentStatus.CREATED;
        p.createdAt = now;
        p.updatedAt = now;
        payments.persist(p);
        return p;
    }

    private static Prepaid prepay(PaymentProvider provider, Payment payment, String description) {
        try {
            return provider.prepay(new PrepayRequest(payment.id, payment.customerId, payment.outTradeNo, payment.amountFen,
                    description));
        } catch (ProviderException e) {
            LOG.warnf("Prepay of payment %s at %s failed: %s", payment.id, provider.code(), e.getMessage());
            if (e.retryable()) {
                throw new ApiException(503, "payment-provider-unavailable", provider.code());
            }
            throw new ApiException(422, "payment-provider-refused", provider.code(),
                    e.providerCode() == null ? "-" : e.providerCode());
        }
    }
}
