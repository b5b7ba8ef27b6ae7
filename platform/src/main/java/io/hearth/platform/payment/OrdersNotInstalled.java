package io.hearth.platform.payment;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Stand-in until the order module lands (it implements {@link PayableOrders} and replaces this bean): in a build
 * without orders there is no order to pay, so every order is unknown (404). Delete at integration.
 */
@DefaultBean
@ApplicationScoped
public class OrdersNotInstalled implements PayableOrders {

    @Override
    public Optional<PayableOrder> find(UUID orderId) {
        return Optional.empty();
    }

    @Override
    public PaidOutcome paid(UUID orderId, UUID paymentId, PaymentStage stage, long amountFen) {
        return PaidOutcome.REJECTED;
    }

    @Override
    public void refunded(UUID orderId, UUID refundId, long amountFen) {
    }
}
