package io.hearth.platform.dispatch;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Ranks the workers eligible for an order (pure; DESIGN.md §6). Each part is a number from 0 to 1, weighted into a
 * total of at most 100 points:
 * <ul>
 * <li>rating, {@value #RATING} points: the average of the four review ratings over 5 stars; a worker without
 * reviews counts as 3 stars ({@link #UNRATED});</li>
 * <li>distance, {@value #DISTANCE}: 1 at the address, 0 at the search radius (linear);</li>
 * <li>completion, {@value #COMPLETION}: completed / (completed + declined), smoothed as (c + 1) / (c + d + 2) so a
 * new worker starts at one half;</li>
 * <li>load, {@value #LOAD}: 1 − open orders / the tenant's maximum concurrent orders;</li>
 * <li>level, {@value #LEVEL}: the worker's level rank among the tenant's levels (0 = none or the lowest, 1 = the
 * highest);</li>
 * <li>favourite, {@value #FAVOURITE}: the customer saved this worker as a favourite.</li>
 * </ul>
 * The total is kept in milli-points (a long) so that equal inputs compare equal; ties go to the nearer worker, then
 * the smaller worker id, so the ranking never depends on input order.
 */
public final class DispatchScore {

    public static final int RATING = 25;
    public static final int DISTANCE = 25;
    public static final int COMPLETION = 15;
    public static final int LOAD = 10;
    public static final int LEVEL = 10;
    public static final int FAVOURITE = 15;

    /** The rating part of a worker nobody has reviewed yet: 3 of 5 stars. */
    public static final double UNRATED = 0.6;

    /**
     * What the score needs of a worker. {@code ratingX100}: average of the four rating columns (stars × 100);
     * {@code levelRank} 0…1.
     */
    public record Facts(UUID workerId, long distanceMeters, int ratingX100, int ratingCount, int completed,
            int declined, int openOrders, double levelRank, boolean favourite) {
    }

    /** The tenant's rules the score is relative to. */
    public record Context(double radiusKm, int maxConcurrentOrders) {
    }

    /** Each part 0…1 before weighting. */
    public record Parts(double rating, double distance, double completion, double load, double level,
            double favourite) {
    }

    /** A ranked worker; {@code milli} is the total × 1000 (0…100 000). */
    public record Scored(Facts facts, Parts parts, long milli) {

        public UUID workerId() {
            return facts.workerId();
        }

        public double points() {
            return milli / 1000.0;
        }
    }

    static final Comparator<Scored> ORDER = Comparator.comparingLong(Scored::milli).reversed()
            .thenComparingLong(s -> s.facts().distanceMeters()).thenComparing(Scored::workerId);

    private DispatchScore() {
    }

    public static Parts parts(Facts f, Context c) {
        double rating = f.ratingCount() <= 0 ? UNRATED : clamp(f.ratingX100() / 500.0);
        double distance = c.radiusKm() <= 0 ? 0 : clamp(1 - f.distanceMeters() / (c.radiusKm() * 1000.0));
        double completion = (f.completed() + 1.0) / (f.completed() + f.declined() + 2.0);
        double load = c.maxConcurrentOrders() <= 0 ? 0 : clamp(1 - (double) f.openOrders() / c.maxConcurrentOrders());
        return new Parts(rating, distance, completion, load, clamp(f.levelRank()), f.favourite() ? 1 : 0);
    }

    public static Scored score(Facts f, Context c) {
        Parts p = parts(f, c);
        double total = RATING * p.rating() + DISTANCE * p.distance() + COMPLETION * p.completion() + LOAD * p.load()
                + LEVEL * p.level() + FAVOURITE * p.favourite();
        return new Scored(f, p, Math.round(total * 1000));
    }

    /** Best first. */
    public static List<Scored> rank(Collection<Facts> workers, Context c) {
        return workers.stream().map(f -> score(f, c)).sorted(ORDER).toList();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
