package io.hearth.platform.tracking;

/**
 * The ETA model, deliberately simple: great-circle (haversine) distance between the worker and the order's address,
 * travelled at an average city speed (default 20 km/h, door to door, including traffic), plus a fixed allowance
 * (default 2 minutes: parking, finding the entrance, the lift), rounded up to whole minutes. A worker at the door
 * (under 50 m) is "arriving": the allowance only. Pure, no framework.
 */
public final class ArrivalEstimate {

    static final double EARTH_RADIUS_M = 6_371_008.8;
    static final long AT_THE_DOOR_M = 50;

    private final double metersPerMinute;
    private final int allowanceMinutes;

    public ArrivalEstimate(double speedKmh, int allowanceMinutes) {
        if (!(speedKmh > 0) || allowanceMinutes < 0) {
            throw new IllegalArgumentException("speed must be positive and the allowance not negative");
        }
        this.metersPerMinute = speedKmh * 1000 / 60;
        this.allowanceMinutes = allowanceMinutes;
    }

    /** Whole metres between two points (haversine on the mean Earth radius). */
    public static long distanceMeters(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a))));
    }

    /** Minutes until arrival for a remaining distance. */
    public int minutes(long distanceMeters) {
        if (distanceMeters < AT_THE_DOOR_M) {
            return allowanceMinutes;
        }
        return (int) Math.ceil(distanceMeters / metersPerMinute) + allowanceMinutes;
    }
}
