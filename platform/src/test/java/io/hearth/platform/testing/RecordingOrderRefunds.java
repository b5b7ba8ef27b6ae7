package io.hearth.platform.testing;

import io.hearth.platform.payment.OrderRefunds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * STAND-IN UNTIL PAYMENTS LANDS; DELETE AT INTEGRATION (the payment module implements OrderRefunds).
 * Records the refunds orders ask for, idempotent on the key like the real one.
 */
@ApplicationScoped
public class RecordingOrderRefunds implements OrderRefunds {

    public record Call(UUID refundId, UUID orderId, long amountFen, String reason, String idempotencyKey) {
    }

    private final Map<String, Call> byKey = new ConcurrentHashMap<>();

    @Override
    public UUID refund(UUID orderId, long amountFen, String reason, String idempotencyKey) {
        if (amountFen == 0) {
            return null;
        }
        return byKey.computeIfAbsent(idempotencyKey, k -> new Call(UUID.randomUUID(), orderId, amountFen, reason, k))
                .refundId();
    }

    public List<Call> of(UUID orderId) {
        return byKey.values().stream().filter(c -> c.orderId().equals(orderId)).toList();
    }
}
