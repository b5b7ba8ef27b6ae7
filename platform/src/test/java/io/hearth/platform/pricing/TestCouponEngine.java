package io.hearth.platform.pricing;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coupon engine in tests, until marketing builds the real one: knows one code, {@value #CODE} = 10 yuan off
 * from 50 yuan payable; every other code behaves as with no engine (422 coupon-unknown). Remembers what was
 * redeemed and given back.
 */
@Mock
@ApplicationScoped
public class TestCouponEngine implements CouponEngine {

    public static final String CODE = "TEST10";
    static final long THRESHOLD_FEN = 5_000;
    static final long OFF_FEN = 1_000;

    private final NoCouponEngine none = new NoCouponEngine();
    private final Map<UUID, String> redeemed = new ConcurrentHashMap<>();
    private final Set<UUID> restored = ConcurrentHashMap.newKeySet();

    @Override
    public PriceCalculator.CouponDiscount evaluate(UUID customerId, String code, Context context) {
        if (!CODE.equals(code)) {
            return none.evaluate(customerId, code, context);
        }
        return new PriceCalculator.CouponDiscount(code, context.payableFen() >= THRESHOLD_FEN ? OFF_FEN : 0);
    }

    @Override
    public void redeem(String code, UUID customerId, UUID orderId) {
        if (!CODE.equals(code)) {
            none.redeem(code, customerId, orderId);
        }
        redeemed.put(orderId, code);
    }

    @Override
    public void restore(UUID orderId) {
        if (redeemed.containsKey(orderId)) {
            restored.add(orderId);
        }
    }

    public String redeemedFor(UUID orderId) {
        return redeemed.get(orderId);
    }

    public boolean restored(UUID orderId) {
        return restored.contains(orderId);
    }
}
