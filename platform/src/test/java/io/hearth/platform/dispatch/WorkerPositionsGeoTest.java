package io.hearth.platform.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Worker positions in Redis GEO, against the real local Redis. */
@QuarkusTest
class WorkerPositionsGeoTest {

    static final double LAT = 31.2304;
    static final double LNG = 121.4737;
    static final Duration FRESH = Duration.ofMinutes(15);

    @Inject
    WorkerPositions positions;

    @Test
    void theWideningSearchFindsExactlyTheNearestFreshWorkersOfOneSearchOverTheWholeRadius() {
        UUID tenant = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-22T08:00:00Z");
        Random r = new Random(42);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double km = 8 * Math.sqrt(r.nextDouble());
            double angle = r.nextDouble() * 2 * Math.PI;
            double lat = LAT + km / 111.0 * Math.cos(angle);
            double lng = LNG + km / (111.0 * Math.cos(Math.toRadians(LAT))) * Math.sin(angle);
            // every third worker reported 20 minutes ago: stale
            positions.report(tenant, new UUID(7, i), lat, lng, i % 3 == 0 ? now.minusSeconds(1200) : now.minusSeconds(30));
            points.add(new double[] {lat, lng, i});
        }
        for (int limit : new int[] {1, 5, 30, 300}) {
            List<WorkerPositions.Nearby> found = positions.near(tenant, LAT, LNG, 5, limit, now, FRESH);
            List<UUID> expected = points.stream()
                    .filter(p -> ((int) p[2]) % 3 != 0)
                    .filter(p -> km(p[0], p[1]) <= 5 * 0.999)
                    .sorted(java.util.Comparator.comparingDouble(p -> km(p[0], p[1])))
                    .limit(limit).map(p -> new UUID(7, (long) p[2])).toList();
            // compare all but possibly the boundary element (Redis' and our haversine differ in the last metres)
            int n = Math.min(expected.size(), found.size()) - 1;
            assertEquals(expected.subList(0, Math.max(n, 0)),
                    found.stream().map(WorkerPositions.Nearby::workerId).toList().subList(0, Math.max(n, 0)), "limit " + limit);
            assertTrue(Math.abs(expected.size() - found.size()) <= 1, "limit " + limit);
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).distanceMeters() <= found.get(i).distanceMeters());
            }
        }
    }

    @Test
    void positionsAreKeptPerTenantExpireWithAgeAndCanBeForgottenOrPruned() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-22T08:00:00Z");
        positions.report(a, worker, LAT, LNG, now.minusSeconds(60));
        assertTrue(positions.of(a, worker, now, FRESH).isPresent());
        assertTrue(positions.of(b, worker, now, FRESH).isEmpty(), "another tenant's key");
        assertTrue(positions.near(b, LAT, LNG, 5, 10, now, FRESH).isEmpty());
        assertTrue(positions.of(a, worker, now.plus(Duration.ofMinutes(20)), FRESH).isEmpty(), "stale");
        WorkerPositions.Position p = positions.of(a, worker, now, FRESH).orElseThrow();
        assertEquals(LAT, p.lat(), 1e-4);
        assertEquals(LNG, p.lng(), 1e-4);
        assertEquals(now.minusSeconds(60), p.at());

        positions.forget(a, worker);
        assertTrue(positions.of(a, worker, now, FRESH).isEmpty());

        positions.report(a, worker, LAT, LNG, now.minusSeconds(3600));
        UUID fresh = UUID.randomUUID();
        positions.report(a, fresh, LAT, LNG, now);
        assertEquals(1, positions.prune(a, now.minusSeconds(900)));
        assertEquals(List.of(fresh), positions.near(a, LAT, LNG, 1, 10, now, Duration.ofDays(1)).stream()
                .map(WorkerPositions.Nearby::workerId).toList());
    }

    private static double km(double lat, double lng) {
        double dLat = Math.toRadians(lat - LAT);
        double dLng = Math.toRadians(lng - LNG);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(LAT)) * Math.cos(Math.toRadians(lat)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * 6372.7976 * Math.asin(Math.sqrt(h));
    }
}
