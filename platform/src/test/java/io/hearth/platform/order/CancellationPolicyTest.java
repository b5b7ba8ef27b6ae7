package io.hearth.platform.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.CancellationPolicy.Terms;
import io.hearth.platform.tenant.TenantSettings.CancellationFeeStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    static final Instant START = Instant.parse("2030-05-06T02:00:00Z");
    // Unordered on purpose: the smallest matching window wins whatever the order.
    static final List<CancellationFeeStep> STEPS = List.of(new CancellationFeeStep(4, 5000),
            new CancellationFeeStep(24, 2000));

    static Terms at(OrderStatus status, Duration beforeStart, long paid) {
        return CancellationPolicy.terms(status, START, START.minus(beforeStart), paid, STEPS);
    }

    @Test
    void freeBeforeAcceptanceWhateverTheTime() {
        for (OrderStatus s : new OrderStatus[] { OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_DISPATCH }) {
            Terms t = at(s, Duration.ofMinutes(10), 20_000);
            assertEquals(new Terms(true, 0, null, 0, 20_000), t, s.name());
        }
    }

    @Test
    void afterAcceptanceTheSmallestMatchingStepApplies() {
        assertEquals(new Terms(true, 0, null, 0, 20_000), at(OrderStatus.ACCEPTED, Duration.ofHours(30), 20_000));
        // exactly 24 h before: not "less than 24 h" yet
        assertEquals(0, at(OrderStatus.ACCEPTED, Duration.ofHours(24), 20_000).feeFen());
        assertEquals(new Terms(true, 2000, 24, 4_000, 16_000),
                at(OrderStatus.ACCEPTED, Duration.ofHours(24).minusSeconds(1), 20_000));
        assertEquals(new Terms(true, 2000, 24, 4_000, 16_000), at(OrderStatus.ACCEPTED, Duration.ofHours(10), 20_000));
        assertEquals(new Terms(true, 5000, 4, 10_000, 10_000), at(OrderStatus.DEPARTED, Duration.ofHours(2), 20_000));
        // late: the start has passed, the worker is still on the way
        assertEquals(new Terms(true, 5000, 4, 10_000, 10_000), at(OrderStatus.DEPARTED, Duration.ofHours(-1), 20_000));
    }

    @Test
    void feesRoundHalfUpToTheFen() {
        // 333 × 20 % = 66.6 → 67; 5 × 50 % = 2.5 → 3; 1 × 20 % = 0.2 → 0
        assertEquals(67, at(OrderStatus.ACCEPTED, Duration.ofHours(10), 333).feeFen());
        assertEquals(266, at(OrderStatus.ACCEPTED, Duration.ofHours(10), 333).refundFen());
        assertEquals(3, at(OrderStatus.ACCEPTED, Duration.ofHours(1), 5).feeFen());
        assertEquals(0, at(OrderStatus.ACCEPTED, Duration.ofHours(10), 1).feeFen());
        assertEquals(0, at(OrderStatus.ACCEPTED, Duration.ofHours(1), 0).feeFen());
        assertEquals(25, CancellationPolicy.fee(49, 5000));
        assertEquals(Long.MAX_VALUE / 10_000, CancellationPolicy.fee(Long.MAX_VALUE / 10_000, 10_000));
    }

    @Test
    void notAllowedOnceTheWorkerArrived() {
        for (OrderStatus s : new OrderStatus[] { OrderStatus.ARRIVED, OrderStatus.IN_SERVICE, OrderStatus.PAUSED,
                OrderStatus.COMPLETED, OrderStatus.CANCELLED }) {
            Terms t = at(s, Duration.ofHours(30), 20_000);
            assertFalse(t.allowed(), s.name());
            assertEquals(0, t.refundFen());
        }
    }

    @Test
    void waivingGivesEverythingBack() {
        Terms t = at(OrderStatus.ACCEPTED, Duration.ofHours(2), 20_000).waived();
        assertEquals(new Terms(true, 0, null, 0, 20_000), t);
        assertFalse(at(OrderStatus.IN_SERVICE, Duration.ofHours(2), 20_000).waived().allowed());
    }

    @Test
    void noStepsMeansFree() {
        Terms t = CancellationPolicy.terms(OrderStatus.ACCEPTED, START, START.minusSeconds(60), 900, List.of());
        assertTrue(t.allowed());
        assertNull(t.stepHours());
        assertEquals(900, t.refundFen());
        assertThrows(IllegalArgumentException.class,
                () -> CancellationPolicy.terms(OrderStatus.ACCEPTED, START, START, -1, STEPS));
    }

    @Test
    void depositsUseTheSameRounding() {
        assertEquals(0, OrderCreation.deposit(10_000, 0));
        assertEquals(3_000, OrderCreation.deposit(10_000, 3000));
        assertEquals(34, OrderCreation.deposit(111, 3050)); // 33.855 → 34
        assertEquals(0, OrderCreation.deposit(1, 3000)); // 0.3 → 0: no deposit, pay in full
    }
}
