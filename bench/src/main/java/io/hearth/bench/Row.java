package io.hearth.bench;

import java.util.Map;

/**
 * One line of the results table: what was measured under which load, and the baseline it is compared with
 * (the same machine's ceiling for that kind of work). Either side may be absent; {@code facts} go to the JSON.
 */
record Row(String id, String title, String load, Stats measured, String baselineTitle, Stats baseline, String notes,
        Map<String, Object> facts) {

    /** Throughput of the measurement over the baseline's (1.0 = as fast as the ceiling). */
    Double ratio() {
        if (measured == null || baseline == null || baseline.throughput() == 0) {
            return null;
        }
        return measured.throughput() / baseline.throughput();
    }

    static Row notYet(int number, String title, String why) {
        return new Row(Integer.toString(number), title, "—", null, null, null, "not yet: " + why, Map.of());
    }
}
