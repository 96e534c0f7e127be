package com.reelwise.rating;

/**
 * Mean plus a user bias and an item bias, fitted by alternating least squares with shrinkage, as Surprise's
 * BaselineOnly does by default (10 rounds; item shrinkage 10, user shrinkage 15; Koren 2010).
 */
public final class Biases implements RatingModel {

    private static final int ROUNDS = 10;
    private static final double ITEM_SHRINK = 10;
    private static final double USER_SHRINK = 15;

    private double mean;
    private double[] user;
    private double[] item;
    private float min;
    private float max;

    @Override
    public String name() {
        return "biases";
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        mean = train.mean();
        user = new double[train.numUsers()];
        item = new double[train.numItems()];
        float[] scale = train.scale();
        min = scale[0];
        max = scale[1];
        for (int round = 0; round < ROUNDS; round++) {
            item = step(train, true);
            user = step(train, false);
        }
    }

    /** One least-squares pass for the item biases (given users') or the user biases (given items'). */
    private double[] step(RatingData train, boolean items) {
        int n = items ? train.numItems() : train.numUsers();
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int k = 0; k < train.size(); k++) {
            int u = train.users()[k];
            int i = train.items()[k];
            int of = items ? i : u;
            sum[of] += train.stars()[k] - mean - (items ? user[u] : item[i]);
            count[of]++;
        }
        double[] out = new double[n];
        for (int x = 0; x < n; x++) {
            out[x] = sum[x] / ((items ? ITEM_SHRINK : USER_SHRINK) + count[x]);
        }
        return out;
    }

    /**
     * The bias of someone the fit never saw, from their own stars for films it knows: one least-squares step for a
     * user given the film biases, with the same shrinkage as the fit.
     */
    double userBiasOf(int[] items, float[] stars) {
        double sum = 0;
        for (int k = 0; k < items.length; k++) {
            sum += stars[k] - mean - item[items[k]];
        }
        return sum / (USER_SHRINK + items.length);
    }

    /** The guess for a film given a user bias, unclipped: the base the residuals are taken from. */
    double raw(double userBias, int i) {
        return mean + userBias + (i < item.length ? item[i] : 0);
    }

    /** The lowest star value of the data it was fitted on. */
    float min() {
        return min;
    }

    float max() {
        return max;
    }

    @Override
    public float predict(int u, int i) {
        double p = mean + (u < user.length ? user[u] : 0) + (i < item.length ? item[i] : 0);
        return (float) Math.max(min, Math.min(max, p));
    }
}
