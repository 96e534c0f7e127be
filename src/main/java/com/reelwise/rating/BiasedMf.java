package com.reelwise.rating;

import java.util.Random;

/**
 * Biased matrix factorisation by stochastic gradient descent with Surprise's SVD defaults (100 factors,
 * 20 epochs, learning rate 0.005, regularisation 0.02, factors drawn from N(0, 0.1)), seeded: the plain
 * MF baseline of Funk (2006) and Koren et al. (2009).
 */
public final class BiasedMf implements RatingModel {

    private static final int FACTORS = 100;
    private static final int EPOCHS = 20;
    private static final double RATE = 0.005;
    private static final double REG = 0.02;

    private final long seed;
    private double mean;
    private double[] userBias;
    private double[] itemBias;
    private double[][] p;
    private double[][] q;
    private float min;
    private float max;

    public BiasedMf(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "biased-mf";
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        Random random = new Random(seed);
        mean = train.mean();
        userBias = new double[train.numUsers()];
        itemBias = new double[train.numItems()];
        p = gaussian(train.numUsers(), random);
        q = gaussian(train.numItems(), random);
        float[] scale = train.scale();
        min = scale[0];
        max = scale[1];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int k : train.shuffled(seed + epoch)) {
                int u = train.users()[k];
                int i = train.items()[k];
                double err = train.stars()[k] - raw(u, i);
                userBias[u] += RATE * (err - REG * userBias[u]);
                itemBias[i] += RATE * (err - REG * itemBias[i]);
                for (int f = 0; f < FACTORS; f++) {
                    double pu = p[u][f];
                    double qi = q[i][f];
                    p[u][f] += RATE * (err * qi - REG * pu);
                    q[i][f] += RATE * (err * pu - REG * qi);
                }
            }
        }
    }

    private static double[][] gaussian(int rows, Random random) {
        double[][] out = new double[rows][FACTORS];
        for (double[] row : out) {
            for (int f = 0; f < FACTORS; f++) {
                row[f] = 0.1 * random.nextGaussian();
            }
        }
        return out;
    }

    private double raw(int u, int i) {
        double dot = 0;
        for (int f = 0; f < FACTORS; f++) {
            dot += p[u][f] * q[i][f];
        }
        return mean + userBias[u] + itemBias[i] + dot;
    }

    @Override
    public float predict(int u, int i) {
        return (float) Math.max(min, Math.min(max, raw(u, i)));
    }
}
