package com.reelwise.load;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/** Latencies and outcomes of one step (search, recommend, ...) across all sessions. */
final class StepStats {

    private final String name;
    private final LongAdder errors = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private long[] nanos = new long[4096];
    private int count;

    StepStats(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    synchronized void ok(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    void error() {
        errors.increment();
    }

    /** The app answered as designed that this step cannot be done now (a model training, an endpoint not merged yet). */
    void unavailable() {
        unavailable.increment();
    }

    long errors() {
        return errors.sum();
    }

    long unavailableCount() {
        return unavailable.sum();
    }

    synchronized long succeeded() {
        return count;
    }

    /** The q-quantile (0..1) of successful requests' latency in milliseconds, nearest rank; NaN without any. */
    synchronized double percentileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
