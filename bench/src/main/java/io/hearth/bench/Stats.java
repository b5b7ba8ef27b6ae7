package io.hearth.bench;

import org.HdrHistogram.Histogram;

/**
 * What one measured run gives: completed operations over the measured time and their latency distribution
 * (microseconds). {@code failures}: operations that did not get the expected answer.
 */
record Stats(long count, double seconds, long failures, double p50us, double p90us, double p99us, double maxUs) {

    double throughput() {
        return seconds <= 0 ? 0 : count / seconds;
    }

    /** Latencies recorded in nanoseconds in an HdrHistogram (3 significant digits). */
    static Stats of(Histogram nanos, double seconds, long failures) {
        return new Stats(nanos.getTotalCount(), seconds, failures, nanos.getValueAtPercentile(50) / 1e3,
                nanos.getValueAtPercentile(90) / 1e3, nanos.getValueAtPercentile(99) / 1e3, nanos.getMaxValue() / 1e3);
    }

    static Histogram histogram() {
        return new Histogram(3_600_000_000_000L, 3);
    }
}
