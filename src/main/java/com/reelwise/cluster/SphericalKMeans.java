package com.reelwise.cluster;

import com.reelwise.text.UnitVectors;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spherical k-means (Dhillon and Modha 2001) on unit vectors: points go to the centroid of highest
 * cosine, centroids are the re-normalised mean of their members. k-means++ seeding, seeded.
 *
 * <p>WHY our own: Commons Math 3 (last release 2016) wants one boxed {@code double[]} point object
 * per movie and Euclidean centroids, is single-threaded and offers no cosine update; Smile 3+ is GPL.
 * The whole algorithm is ~100 lines over plain float rows.
 */
final class SphericalKMeans {

    /** Assignments per row, unit centroids, iterations run, and the mean cosine of each row to its centroid. */
    record Result(int[] assignments, float[][] centroids, int iterations, double meanCosine) {
    }

    private SphericalKMeans() {
    }

    static Result fit(float[][] rows, int k, long seed, int maxIterations) {
        int n = rows.length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k = " + k + " for " + n + " rows");
        }
        float[][] centroids = seedPlusPlus(rows, k, new SplittableRandom(seed));
        int[] assignments = new int[n];
        Arrays.fill(assignments, -1);
        double[] best = new double[n];
        int iteration = 0;
        boolean changed = true;
        while (changed && iteration < maxIterations) {
            iteration++;
            float[][] current = centroids;
            // Each row's assignment is independent of the others, so the parallel step stays deterministic.
            int moved = IntStream.range(0, n).parallel().map(i -> {
                int nearest = nearest(rows[i], current);
                best[i] = UnitVectors.dot(rows[i], current[nearest]);
                if (nearest != assignments[i]) {
                    assignments[i] = nearest;
                    return 1;
                }
                return 0;
            }).sum();
            changed = moved > 0;
            centroids = means(rows, assignments, k, best);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += UnitVectors.dot(rows[i], centroids[assignments[i]]);
        }
        return new Result(assignments, centroids, iteration, mean / n);
    }

    /**
     * Greedy k-means++ (Arthur and Vassilvitskii 2007; the variant scikit-learn uses): each next seed is
     * the best, by total remaining distance, of 2 + ln k candidates drawn with probability ∝ 1 − cos to
     * the nearest seed. WHY greedy: plain k-means++ often puts two seeds in one clear cluster.
     */
    private static float[][] seedPlusPlus(float[][] rows, int k, SplittableRandom random) {
        int n = rows.length;
        int candidates = 2 + (int) Math.log(k);
        float[][] seeds = new float[k][];
        seeds[0] = rows[random.nextInt(n)].clone();
        // 1 − cos is half the squared Euclidean distance between unit vectors: the usual D² weight.
        double[] distance = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            distance[i] = Math.max(0, 1 - UnitVectors.dot(rows[i], seeds[0]));
            total += distance[i];
        }
        for (int c = 1; c < k; c++) {
            int bestPick = -1;
            double bestTotal = Double.MAX_VALUE;
            double[] bestDistance = null;
            for (int t = 0; t < candidates; t++) {
                int pick = draw(distance, total, random);
                double[] updated = new double[n];
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    updated[i] = Math.min(distance[i], Math.max(0, 1 - UnitVectors.dot(rows[i], rows[pick])));
                    sum += updated[i];
                }
                if (sum < bestTotal) {
                    bestTotal = sum;
                    bestPick = pick;
                    bestDistance = updated;
                }
            }
            seeds[c] = rows[bestPick].clone();
            distance = bestDistance;
            total = bestTotal;
        }
        return seeds;
    }

    private static int draw(double[] weights, double total, SplittableRandom random) {
        if (total <= 0) {
            return random.nextInt(weights.length);
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static float[][] means(float[][] rows, int[] assignments, int k, double[] cosine) {
        int d = rows[0].length;
        double[][] sums = new double[k][d];
        int[] counts = new int[k];
        for (int i = 0; i < rows.length; i++) {
            double[] sum = sums[assignments[i]];
            counts[assignments[i]]++;
            for (int j = 0; j < d; j++) {
                sum[j] += rows[i][j];
            }
        }
        float[][] centroids = new float[k][];
        boolean[] taken = new boolean[rows.length];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                // An empty cluster restarts at the row worst served by its centroid, so k stays k.
                int worst = -1;
                for (int i = 0; i < rows.length; i++) {
                    if (!taken[i] && (worst < 0 || cosine[i] < cosine[worst])) {
                        worst = i;
                    }
                }
                taken[worst] = true;
                centroids[c] = rows[worst].clone();
            } else {
                centroids[c] = normalised(sums[c]);
            }
        }
        return centroids;
    }

    static int nearest(float[] row, float[][] centroids) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double value = UnitVectors.dot(row, centroids[c]);
            if (value > bestDot) {
                bestDot = value;
                best = c;
            }
        }
        return best;
    }


    static float[] normalised(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
