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
        min = train.scale()[0];
        max = train.scale()[1];
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

    @Override
    public float predict(int u, int i) {
        double p = mean + (u < user.length ? user[u] : 0) + (i < item.length ? item[i] : 0);
        return (float) Math.max(min, Math.min(max, p));
    }
}
