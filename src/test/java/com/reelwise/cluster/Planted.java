package com.reelwise.cluster;

import java.util.Random;

/** Synthetic unit vectors around planted centres: clear clusters with a known answer. */
final class Planted {

    final float[][] rows;
    final int[] truth;
    final float[][] centres;

    private Planted(float[][] rows, int[] truth, float[][] centres) {
        this.rows = rows;
        this.truth = truth;
        this.centres = centres;
    }

    /** {@code perCluster} rows around each of {@code k} random centres; noise is the per-coordinate spread. */
    static Planted of(int k, int perCluster, int dimension, double noise, long seed) {
        Random random = new Random(seed);
        float[][] centres = new float[k][];
        for (int c = 0; c < k; c++) {
            double[] v = new double[dimension];
            for (int j = 0; j < dimension; j++) {
                v[j] = random.nextGaussian();
            }
            centres[c] = SphericalKMeans.normalised(v);
        }
        float[][] rows = new float[k * perCluster][];
        int[] truth = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int c = i % k;
            double[] v = new double[dimension];
            for (int j = 0; j < dimension; j++) {
                v[j] = centres[c][j] + noise * random.nextGaussian();
            }
            rows[i] = SphericalKMeans.normalised(v);
            truth[i] = c;
        }
        return new Planted(rows, truth, centres);
    }
}
