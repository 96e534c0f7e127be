package com.reelwise.scale;

/**
 * A distribution given by a few of its quantiles, interpolated linearly in log space between them: the compact form
 * in which {@link MovieLensShape} records a real file's long-tailed counts. Positive values only.
 *
 * @param points ascending quantile levels from 0 to 1
 * @param values the value at each level, ascending or descending as the curve runs
 */
record QuantileCurve(double[] points, double[] values) {

    QuantileCurve {
        if (points.length != values.length || points.length < 2 || points[0] != 0 || points[points.length - 1] != 1) {
            throw new IllegalArgumentException("A quantile curve needs matching levels from 0 to 1");
        }
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("A quantile curve holds positive values only");
            }
        }
    }

    /** The value at level {@code x} in [0, 1]. */
    double at(double x) {
        int i = 1;
        while (i < points.length - 1 && points[i] < x) {
            i++;
        }
        double t = (x - points[i - 1]) / (points[i] - points[i - 1]);
        t = Math.max(0, Math.min(1, t));
        return Math.exp(Math.log(values[i - 1]) + t * (Math.log(values[i]) - Math.log(values[i - 1])));
    }
}
