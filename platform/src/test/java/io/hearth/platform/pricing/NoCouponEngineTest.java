package io.hearth.platform.pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hearth.platform.shared.web.ApiException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoCouponEngineTest {

    @Test
    void withoutACouponEngineEveryCodeIsUnknownAndNothingIsEverRedeemed() {
        NoCouponEngine engine = new NoCouponEngine();
        CouponEngine.Context context = new CouponEngine.Context(UUID.randomUUID(), null, 1, Instant.now(), "330100",
                10_000, 10_000);
        ApiException e = assertThrows(ApiException.class, () -> engine.evaluate(UUID.randomUUID(), "SPRING10", context));
        assertEquals(422, e.status());
        assertEquals("coupon-unknown", e.messageKey());
        assertArrayEquals(new Object[] {"SPRING10"}, e.args());
        assertEquals(422, assertThrows(ApiException.class,
                () -> engine.redeem("SPRING10", UUID.randomUUID(), UUID.randomUUID())).status());
        engine.restore(UUID.randomUUID()); // nothing to give back, no failure
    }
}
