package io.hearth.platform.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrivalEstimateTest {

    private final ArrivalEstimate model = new ArrivalEstimate(20, 2);

    @Test
    void distanceIsTheGreatCircleDistance() {
        // one hundredth of a degree of latitude is about 1.11 km everywhere
        assertEquals(1112, ArrivalEstimate.distanceMeters(30.2741, 120.1551, 30.2841, 120.1551), 1);
        // West Lake (Hangzhou) to the Bund (Shanghai): about 165 km
        long d = ArrivalEstimate.distanceMeters(30.2741, 120.1551, 31.2400, 121.4900);
        assertTrue(d > 160_000 && d < 170_000, "got " + d);
        assertEquals(0, ArrivalEstimate.distanceMeters(30.2741, 120.1551, 30.2741, 120.1551));
        // symmetric, and across the antimeridian the short way round
        assertEquals(ArrivalEstimate.distanceMeters(1, 2, 3, 4), ArrivalEstimate.distanceMeters(3, 4, 1, 2));
        assertEquals(22239, ArrivalEstimate.distanceMeters(0, 179.9, 0, -179.9), 2);
    }

    @Test
    void etaIsDistanceAtTwentyKmhRoundedUpPlusTwoMinutes() {
        // 20 km/h = 333.3 m per minute
        assertEquals(2 + 4, model.minutes(1112));
        assertEquals(2 + 3, model.minutes(1000));
        assertEquals(2 + 1, model.minutes(334 - 1));
        assertEquals(2 + 60, model.minutes(20_000));
        assertEquals(2 + 61, model.minutes(20_001));
    }

    @Test
    void atTheDoorOnlyTheAllowanceRemains() {
        assertEquals(2, model.minutes(0));
        assertEquals(2, model.minutes(49));
        assertEquals(3, model.minutes(50));
    }

    @Test
    void theModelIsConfigurable() {
        assertEquals(1 + 10, new ArrivalEstimate(60, 1).minutes(10_000));
        assertThrows(IllegalArgumentException.class, () -> new ArrivalEstimate(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new ArrivalEstimate(20, -1));
    }
}
