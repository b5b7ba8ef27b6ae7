package io.hearth.platform.pricing;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Used while no coupon engine exists: every code is unknown, so nothing is ever redeemed or given back. */
@DefaultBean
@ApplicationScoped
public class NoCouponEngine implements CouponEngine {

    @Override
    public PriceCalculator.CouponDiscount evaluate(UUID customerId, String code, Context context) {
        throw ApiException.unprocessable("coupon-unknown", code);
    }

    @Override
    public void redeem(String code, UUID customerId, UUID orderId) {
        throw ApiException.unprocessable("coupon-unknown", code);
    }

    @Override
    public void restore(UUID orderId) {
        // Nothing was redeemed.
    }
}
