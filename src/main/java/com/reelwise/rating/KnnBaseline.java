package com.reelwise.rating;

import java.util.Arrays;

/**
 * Item-based k-NN on baseline residuals, as Surprise's {@code KNNBaseline} with its documented choice for items
 * ({@code pearson_baseline}, shrinkage 100, k = 40, at least one neighbour; Koren 2010): a film's prediction is the
 * biases' guess plus the similarity-weighted residuals of the user's k most similar rated films,
 * {@code r̂(u,i) = b(u,i) + Σ_j s(i,j) (r(u,j) − b(u,j)) / Σ_j s(i,j)} over positive similarities. The similarity is
 * the Pearson correlation of two films' residuals over their common raters, shrunk by {@code (n − 1) / (n − 1 + 100)}.
 * Each film keeps only its {@link #KEPT} most similar films, so the table grows with the catalog, not its square.
 */
public final class KnnBaseline implements RatingModel {

    static final int NEIGHBOURS = 40;
    static final double SHRINKAGE = 100;
    /**
     * Neighbours kept per film, the most similar first: a user's k nearest rated films are looked for among them. A
     * dense films-by-films table would be 378 MB for ml-latest-small's 9,724 films; 200 per film are 16 MB.
     */
    static final int KEPT = 200;

    private final Biases biases = new Biases();
    private int numItems;
    /** Per film, its kept neighbours sorted by film index, and their similarities. */
    private int[][] neighbours;
    private float[][] similarities;
    /** Per user, the films they rated and the residual of each. */
    private int[][] ratedBy;
    private float[][] residualOf;
    private float min;
    private float max;

    @Override
    public String name() {
        return "knn-baseline";
    }

    /** The biases the residuals are taken from: the base the star model lifts, so it needs no fit of its own. */
    Biases biases() {
        return biases;
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        biases.fit(train, null);
        numItems = train.numItems();
        float[] scale = train.scale();
        min = scale[0];
        max = scale[1];
        ratedBy = new int[train.numUsers()][];
        residualOf = new float[train.numUsers()][];
        int[][] raters = new int[numItems][];
        float[][] raterResiduals = new float[numItems][];
        group(train, train.users(), train.items(), ratedBy, residualOf);
        group(train, train.items(), train.users(), raters, raterResiduals);
        neighbours = new int[numItems][];
        similarities = new float[numItems][];
        double[] xy = new double[numItems];
        double[] xx = new double[numItems];
        double[] yy = new double[numItems];
        int[] common = new int[numItems];
        int[] touched = new int[numItems];
        for (int i = 0; i < numItems; i++) {
            // one row of the shrunk Pearson table: over every rater of i, every other film they rated
            int count = 0;
            for (int a = 0; a < raters[i].length; a++) {
                int u = raters[i][a];
                float x = raterResiduals[i][a];
                for (int b = 0; b < ratedBy[u].length; b++) {
                    int j = ratedBy[u][b];
                    float y = residualOf[u][b];
                    if (common[j]++ == 0) {
                        touched[count++] = j;
                    }
                    xy[j] += x * y;
                    xx[j] += x * x;
                    yy[j] += y * y;
                }
            }
            keepRow(i, touched, count, xy, xx, yy, common);
        }
    }

    /** Splits the rows by {@code key} (users or films): for each, the other index and the residual. */
    private void group(RatingData train, int[] key, int[] other, int[][] ids, float[][] residuals) {
        int[] sizes = new int[ids.length];
        for (int k : key) {
            sizes[k]++;
        }
        for (int x = 0; x < ids.length; x++) {
            ids[x] = new int[sizes[x]];
            residuals[x] = new float[sizes[x]];
        }
        int[] filled = new int[ids.length];
        for (int k = 0; k < train.size(); k++) {
            int x = key[k];
            ids[x][filled[x]] = other[k];
            residuals[x][filled[x]++] = train.stars()[k] - biases.predict(train.users()[k], train.items()[k]);
        }
    }

    /** Keeps film i's {@link #KEPT} largest positive similarities, sorted by film index, and clears the row's buffers. */
    private void keepRow(int i, int[] touched, int count, double[] xy, double[] xx, double[] yy, int[] common) {
        int[] candidates = new int[count];
        float[] values = new float[count];
        int n = 0;
        for (int t = 0; t < count; t++) {
            int j = touched[t];
            double denominator = Math.sqrt(xx[j] * yy[j]);
            if (j != i && common[j] > 1 && denominator > 0) {
                float sim = (float) ((common[j] - 1) / (common[j] - 1 + SHRINKAGE) * xy[j] / denominator);
                if (sim > 0) {
                    candidates[n] = j;
                    values[n++] = sim;
                }
            }
            xy[j] = 0;
            xx[j] = 0;
            yy[j] = 0;
            common[j] = 0;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        final float[] v = values;
        Arrays.sort(order, (a, b) -> Float.compare(v[b], v[a]));
        int kept = Math.min(KEPT, n);
        Integer[] top = Arrays.copyOf(order, kept);
        Arrays.sort(top, (a, b) -> Integer.compare(candidates[a], candidates[b]));
        neighbours[i] = new int[kept];
        similarities[i] = new float[kept];
        for (int k = 0; k < kept; k++) {
            neighbours[i][k] = candidates[top[k]];
            similarities[i][k] = values[top[k]];
        }
    }

    @Override
    public float predict(int user, int item) {
        float base = biases.predict(user, item);
        if (user >= ratedBy.length || item >= numItems) {
            return base;
        }
        return clip(base + lift(ratedBy[user], residualOf[user], item));
    }

    /**
     * The stars for someone the fit never saw, from their own stars for films it knows (their bias by
     * {@link Biases#userBiasOf}, then the same neighbours).
     */
    float predictNew(int[] items, float[] stars, int item) {
        double userBias = biases.userBiasOf(items, stars);
        float[] residuals = new float[items.length];
        for (int k = 0; k < items.length; k++) {
            residuals[k] = (float) (stars[k] - biases.raw(userBias, items[k]));
        }
        double base = biases.raw(userBias, item);
        return clip(base + (item < numItems ? lift(items, residuals, item) : 0));
    }

    private float clip(double stars) {
        return (float) Math.max(min, Math.min(max, stars));
    }

    /** The similarity-weighted mean residual of the rated films among the item's k nearest; 0 when none is kept. */
    private double lift(int[] items, float[] residuals, int item) {
        float[] sims = new float[items.length];
        int found = 0;
        for (int k = 0; k < items.length; k++) {
            int at = Arrays.binarySearch(neighbours[item], items[k]);
            if (at >= 0) {
                sims[k] = similarities[item][at];
                found++;
            }
        }
        if (found == 0) {
            return 0;
        }
        // the user's k most similar films among those kept: everything above the k-th largest similarity
        float cut = 0;
        if (found > NEIGHBOURS) {
            float[] sorted = sims.clone();
            Arrays.sort(sorted);
            cut = sorted[sorted.length - NEIGHBOURS];
        }
        double weighted = 0;
        double total = 0;
        int taken = 0;
        for (int k = 0; k < items.length && taken < NEIGHBOURS; k++) {
            if (sims[k] > 0 && sims[k] >= cut) {
                weighted += sims[k] * residuals[k];
                total += sims[k];
                taken++;
            }
        }
        return weighted / total;
    }
}
