package io.hearth.platform.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DispatchScoreTest {

    static final DispatchScore.Context CONTEXT = new DispatchScore.Context(5, 3);

    static DispatchScore.Facts facts(String id, long meters) {
        return new DispatchScore.Facts(UUID.fromString(id), meters, 0, 0, 0, 0, 0, 0, false);
    }

    static final String A = "00000000-0000-0000-0000-00000000000a";
    static final String B = "00000000-0000-0000-0000-00000000000b";
    static final String C = "00000000-0000-0000-0000-00000000000c";

    @Test
    void weightsAddUpToOneHundredPoints() {
        assertEquals(100, DispatchScore.RATING + DispatchScore.DISTANCE + DispatchScore.COMPLETION + DispatchScore.LOAD
                + DispatchScore.LEVEL + DispatchScore.FAVOURITE);
        DispatchScore.Facts perfect = new DispatchScore.Facts(UUID.fromString(A), 0, 500, 10, 1_000_000, 0, 0, 1, true);
        assertEquals(100_000, DispatchScore.score(perfect, CONTEXT).milli(), 20); // completion tends to 1
    }

    @Test
    void eachPartFromZeroToOne() {
        DispatchScore.Parts p = DispatchScore.parts(
                new DispatchScore.Facts(UUID.fromString(A), 2_500, 400, 3, 3, 1, 1, 0.5, false), CONTEXT);
        assertEquals(0.8, p.rating(), 1e-9);
        assertEquals(0.5, p.distance(), 1e-9);
        assertEquals(4.0 / 6.0, p.completion(), 1e-9);
        assertEquals(2.0 / 3.0, p.load(), 1e-9);
        assertEquals(0.5, p.level(), 1e-9);
        assertEquals(0, p.favourite(), 1e-9);

        // Unrated workers count as 3 stars; beyond the radius and over the load limit is 0, never negative.
        DispatchScore.Parts q = DispatchScore.parts(
                new DispatchScore.Facts(UUID.fromString(A), 9_000, 0, 0, 0, 0, 7, 0, true), CONTEXT);
        assertEquals(DispatchScore.UNRATED, q.rating(), 1e-9);
        assertEquals(0, q.distance(), 1e-9);
        assertEquals(0.5, q.completion(), 1e-9);
        assertEquals(0, q.load(), 1e-9);
        assertEquals(1, q.favourite(), 1e-9);
    }

    @Test
    void nearerWinsAllElseEqualAndTiesAreBrokenByDistanceThenId() {
        List<DispatchScore.Scored> ranked = DispatchScore.rank(List.of(facts(C, 3_000), facts(B, 1_000),
                facts(A, 1_000)), CONTEXT);
        assertEquals(List.of(A, B, C), ranked.stream().map(s -> s.workerId().toString()).toList());
        // Same input in another order: same ranking.
        assertEquals(ranked, DispatchScore.rank(List.of(facts(A, 1_000), facts(C, 3_000), facts(B, 1_000)), CONTEXT));
    }

    @Test
    void theCustomersFavouriteOutranksAModestlyNearerWorker() {
        DispatchScore.Facts near = facts(A, 200);
        DispatchScore.Facts favourite = new DispatchScore.Facts(UUID.fromString(B), 2_000, 0, 0, 0, 0, 0, 0, true);
        assertEquals(B, DispatchScore.rank(List.of(near, favourite), CONTEXT).get(0).workerId().toString());
    }

    @Test
    void ratingCompletionLoadAndLevelEachMoveTheRanking() {
        DispatchScore.Facts base = facts(A, 1_000);
        assertEquals(B, best(base, new DispatchScore.Facts(UUID.fromString(B), 1_000, 480, 20, 0, 0, 0, 0, false)));
        assertEquals(B, best(base, new DispatchScore.Facts(UUID.fromString(B), 1_000, 0, 0, 20, 0, 0, 0, false)));
        assertEquals(A, best(base, new DispatchScore.Facts(UUID.fromString(B), 1_000, 0, 0, 0, 0, 2, 0, false)));
        assertEquals(B, best(base, new DispatchScore.Facts(UUID.fromString(B), 1_000, 0, 0, 0, 0, 0, 1, false)));
        // Declines lower the completion rate below a new worker's.
        assertEquals(A, best(base, new DispatchScore.Facts(UUID.fromString(B), 1_000, 0, 0, 1, 5, 0, 0, false)));
    }

    private static String best(DispatchScore.Facts a, DispatchScore.Facts b) {
        return DispatchScore.rank(List.of(a, b), CONTEXT).get(0).workerId().toString();
    }
}
