package io.hearth.platform.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CommissionFeeTest {

    @Test
    void basisPointsRoundHalfUpToTheFen() {
        assertEquals(1_500, new CommissionFee(1_500, 0, null).on(10_000));
        assertEquals(1, new CommissionFee(1_500, 0, null).on(4)); // 0.6 fen -> 1
        assertEquals(0, new CommissionFee(1_500, 0, null).on(3)); // 0.45 fen -> 0
        assertEquals(1, new CommissionFee(5_000, 0, null).on(1)); // exactly half rounds up
    }

    @Test
    void heldWithinMinimumAndMaximum() {
        CommissionFee fee = new CommissionFee(1_000, 200, 5_000L);
        assertEquals(200, fee.on(1_000));
        assertEquals(5_000, fee.on(1_000_000));
        assertEquals(3_000, fee.on(30_000));
    }

    @Test
    void neverMoreThanTheAmount() {
        assertEquals(50, new CommissionFee(1_000, 200, null).on(50));
        assertEquals(0, new CommissionFee(1_000, 200, null).on(0));
    }

    @Test
    void largeAmountsDoNotOverflowSilently() {
        assertEquals(10_000_000_000_000L, new CommissionFee(1_000, 0, null).on(100_000_000_000_000L));
        assertThrows(ArithmeticException.class, () -> new CommissionFee(10_000, 0, null).on(Long.MAX_VALUE));
    }

    @Test
    void negativeAmountsAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new CommissionFee(1_000, 0, null).on(-1));
    }
}
