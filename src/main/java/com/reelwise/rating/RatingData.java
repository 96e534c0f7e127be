package com.reelwise.rating;

import com.reelwise.ratings.Ratings;
import java.util.Arrays;
import java.util.Random;

/**
 * Explicit ratings as (user, item, stars) triples over dense indices {@code 0..numUsers-1} and
 * {@code 0..numItems-1}, shared by a fold's train, validation and test parts.
 */
public record RatingData(int[] users, int[] items, float[] stars, int numUsers, int numItems) {

    public RatingData {
        if (users.length != items.length || users.length != stars.length) {
            throw new IllegalArgumentException("users, items and stars differ in length");
        }
    }

    /** Every rating of a release, over its dense user and movie indices. */
    public static RatingData of(Ratings ratings) {
        int n = ratings.size();
        int[] users = new int[n];
        int[] items = new int[n];
        float[] stars = new float[n];
        for (int row = 0; row < n; row++) {
            users[row] = ratings.userIndex(row);
            items[row] = ratings.movieIndex(row);
            stars[row] = ratings.value(row);
        }
        return new RatingData(users, items, stars, ratings.users().size(), ratings.movies().size());
    }

    public int size() {
        return users.length;
    }

    /** Mean of every rating, 0 for none. */
    public double mean() {
        double sum = 0;
        for (float s : stars) {
            sum += s;
        }
        return stars.length == 0 ? 0 : sum / stars.length;
    }

    /** {@code {lowest, highest}} star value present: the scale predictions are clipped to. */
    public float[] scale() {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float s : stars) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        return new float[] {min, max};
    }

    /** These rows followed by {@code other}'s (same index spaces). */
    public RatingData plus(RatingData other) {
        int n = size();
        int[] u = Arrays.copyOf(users, n + other.size());
        int[] i = Arrays.copyOf(items, n + other.size());
        float[] s = Arrays.copyOf(stars, n + other.size());
        System.arraycopy(other.users, 0, u, n, other.size());
        System.arraycopy(other.items, 0, i, n, other.size());
        System.arraycopy(other.stars, 0, s, n, other.size());
        return new RatingData(u, i, s, Math.max(numUsers, other.numUsers), Math.max(numItems, other.numItems));
    }

    /** The rows at {@code rows}, in that order. */
    public RatingData rows(int[] rows) {
        int[] u = new int[rows.length];
        int[] i = new int[rows.length];
        float[] s = new float[rows.length];
        for (int k = 0; k < rows.length; k++) {
            u[k] = users[rows[k]];
            i[k] = items[rows[k]];
            s[k] = stars[rows[k]];
        }
        return new RatingData(u, i, s, numUsers, numItems);
    }

    /** A seeded random split: {@code [rest, held]} with {@code fraction} of the rows held out. */
    public RatingData[] holdOut(double fraction, long seed) {
        int[] order = shuffled(seed);
        int held = (int) Math.round(fraction * size());
        return new RatingData[] {rows(Arrays.copyOfRange(order, held, size())), rows(Arrays.copyOf(order, held))};
    }

    /** A seeded permutation of the row numbers. */
    int[] shuffled(long seed) {
        int[] order = new int[size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Random random = new Random(seed);
        for (int k = order.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
        return order;
    }
}
