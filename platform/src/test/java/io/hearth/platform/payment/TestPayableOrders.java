package io.hearth.platform.payment;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * STAND-IN UNTIL THE ORDER MODULE LANDS; DELETE AT INTEGRATION (the order module implements {@link PayableOrders}).
 * <p>
 * Orders kept in memory per tenant, with just what payments rely on: an order is PENDING_PAYMENT; without a
 * deposit the FULL total is due, with one the DEPOSIT is due first and then the BALANCE (total − deposit);
 * {@link #paid} accepts exactly the due stage and amount of an order that is not CANCELLED and answers REJECTED
 * otherwise; an accepted payment moves the order to PENDING_DISPATCH; {@link #refunded} lowers the paid amount. Like the real module, changes count only when the payment
 * transaction commits (a JTA synchronization applies them), and every call sees the current tenant only.
 */
@ApplicationScoped
public class TestPayableOrders implements PayableOrders {

    public record Paid(UUID paymentId, PaymentStage stage, long amountFen) {
    }

    public record Refunded(UUID refundId, long amountFen) {
    }

    /** What the order has been told, for the tests to inspect. */
    public static final class Order {
        final UUID tenantId;
        final UUID id;
        final UUID customerId;
        final long totalFen;
        final long depositFen;
        volatile String status = "PENDING_PAYMENT";
        final List<Paid> paid = new ArrayList<>();
        final List<Refunded> refunded = new ArrayList<>();

        Order(UUID tenantId, UUID id, UUID customerId, long totalFen, long depositFen) {
            this.tenantId = tenantId;
            this.id = id;
            this.customerId = customerId;
            this.totalFen = totalFen;
            this.depositFen = depositFen;
        }

        public synchronized List<Paid> paid() {
            return List.copyOf(paid);
        }

        public synchronized List<Refunded> refunded() {
            return List.copyOf(refunded);
        }

        public String status() {
            return status;
        }

        synchronized long paidFen() {
            return paid.stream().mapToLong(Paid::amountFen).sum() - refunded.stream().mapToLong(Refunded::amountFen).sum();
        }

        synchronized boolean stagePaid(PaymentStage stage) {
            return paid.stream().anyMatch(p -> p.stage() == stage);
        }

        synchronized PaymentStage dueStage() {
            if ("CANCELLED".equals(status)) {
                return null;
            }
            if (depositFen > 0) {
                return !stagePaid(PaymentStage.DEPOSIT) ? PaymentStage.DEPOSIT
                        : !stagePaid(PaymentStage.BALANCE) ? PaymentStage.BALANCE : null;
            }
            return stagePaid(PaymentStage.FULL) ? null : PaymentStage.FULL;
        }

        long dueFen(PaymentStage stage) {
            if (stage == null) {
                return 0;
            }
            return switch (stage) {
                case FULL -> totalFen;
                case DEPOSIT -> depositFen;
                case BALANCE -> totalFen - depositFen;
            };
        }
    }

    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** A new PENDING_PAYMENT order of the tenant; {@code depositFen} 0 means the tenant takes no deposits. */
    public UUID create(UUID tenantId, UUID customerId, long totalFen, long depositFen) {
        UUID id = UUID.randomUUID();
        orders.put(id, new Order(tenantId, id, customerId, totalFen, depositFen));
        return id;
    }

    public UUID create(UUID tenantId, String customerId, long totalFen) {
        return create(tenantId, UUID.fromString(customerId), totalFen, 0);
    }

    /** The customer or staff cancelled the order (nothing is due any more; money arriving now is refused). */
    public void cancel(UUID orderId) {
        orders.get(orderId).status = "CANCELLED";
    }

    public Order order(UUID orderId) {
        return orders.get(orderId);
    }

    @Override
    public Optional<PayableOrder> find(UUID orderId) {
        UUID tenant = TenantContext.require();
        Order o = orders.get(orderId);
        if (o == null || !o.tenantId.equals(tenant)) {
            return Optional.empty();
        }
        PaymentStage due = o.dueStage();
        return Optional.of(new PayableOrder(o.id, o.customerId, o.status, o.totalFen, o.paidFen(), due, o.dueFen(due),
                "Test order " + o.id.toString().substring(0, 8)));
    }

    @Override
    public PaidOutcome paid(UUID orderId, UUID paymentId, PaymentStage stage, long amountFen) {
        Order o = mine(orderId);
        PaymentStage due = o.dueStage();
        if (due == null || due != stage || o.dueFen(due) != amountFen) {
            return PaidOutcome.REJECTED;
        }
        afterCommit(() -> {
            synchronized (o) {
                o.paid.add(new Paid(paymentId, stage, amountFen));
                o.status = "PENDING_DISPATCH";
            }
        });
        return PaidOutcome.ACCEPTED;
    }

    @Override
    public void refunded(UUID orderId, UUID refundId, long amountFen) {
        Order o = mine(orderId);
        afterCommit(() -> {
            synchronized (o) {
                o.refunded.add(new Refunded(refundId, amountFen));
            }
        });
    }

    private Order mine(UUID orderId) {
        Order o = orders.get(orderId);
        if (o == null || !o.tenantId.equals(TenantContext.require())) {
            throw new IllegalStateException("payments called the order module for an order of another tenant: " + orderId);
        }
        return o;
    }

    private void afterCommit(Runnable change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    change.run();
                }
            }
        });
    }
}
