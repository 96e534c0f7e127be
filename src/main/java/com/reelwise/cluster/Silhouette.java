package com.reelwise.cluster;

import com.reelwise.text.UnitVectors;
/**
 * Mean silhouette (Rousseeuw 1987) under cosine distance, over a sample whose pairwise distances
 * are computed once and reused for every k of the grid.
 */
final class Silhouette {

    private final float[][] distances;

    private Silhouette(float[][] distances) {
        this.distances = distances;
    }

    /** Pairwise 1 − cos of the sample rows; O(s² d) once. */
    static Silhouette over(float[][] sample) {
        int s = sample.length;
        float[][] distances = new float[s][s];
        java.util.stream.IntStream.range(0, s).parallel().forEach(i -> {
            for (int j = i + 1; j < s; j++) {
                distances[i][j] = (float) (1 - UnitVectors.dot(sample[i], sample[j]));
            }
        });
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < i; j++) {
                distances[i][j] = distances[j][i];
            }
        }
        return new Silhouette(distances);
    }

    /** Mean silhouette of the sample under the given assignment (one cluster id per sample row); singletons count 0. */
    double mean(int[] assignments, int k) {
        int s = distances.length;
        int[] sizes = new int[k];
        for (int a : assignments) {
            sizes[a]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < s; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < s; j++) {
                sums[assignments[j]] += distances[i][j];
            }
            int own = assignments[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (b == Double.MAX_VALUE) {
                continue;
            }
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
        }
        return total / s;
    }
}
