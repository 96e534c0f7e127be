package com.reelwise.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paired bootstrap interval of a difference of means (Efron and Tibshirani 1993): users are drawn with
 * replacement, the same draw for both methods, and the mean difference is taken on each of
 * {@value #RESAMPLES} resamples; the interval is their 2.5th and 97.5th percentiles. An interval that holds
 * 0 is a tie: the difference is smaller than the noise of which users happened to be evaluated.
 */
public final class PairedBootstrap {

    public static final int RESAMPLES = 10_000;

    /**
     * @param difference mean of a − b
     * @param low        2.5th percentile of the resampled differences
     * @param high       97.5th percentile
     */
    public record Interval(double difference, double low, double high) {

        /** True when the interval excludes 0 in favour of a. */
        public boolean better() {
            return low > 0;
        }

        /** True when the interval excludes 0 in favour of b. */
        public boolean worse() {
            return high < 0;
        }
    }

    private PairedBootstrap() {
    }

    /** The interval of mean(a) − mean(b) for per-user values of two methods on the same users, seeded. */
    public static Interval of(double[] a, double[] b, long seed) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired values need the same, non-zero number of users: " + a.length + " vs " + b.length);
        }
        int n = a.length;
        double[] diff = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            diff[i] = a[i] - b[i];
            mean += diff[i];
        }
        mean /= n;
        SplittableRandom random = new SplittableRandom(seed);
        double[] resampled = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += diff[random.nextInt(n)];
            }
            resampled[r] = sum / n;
        }
        Arrays.sort(resampled);
        return new Interval(mean, resampled[(int) Math.floor(0.025 * (RESAMPLES - 1))], resampled[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }
}
