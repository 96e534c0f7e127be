package com.reelwise.ratings;

import java.util.Arrays;

/**
 * Each user's latest films held out of training, the rest kept in time order: what a model that serves
 * people's next films is tuned and stopped on, and what the learned hybrid ranker learns from.
 *
 * @param train   per user, the films before the held-out ones, oldest first
 * @param heldOut per user, the latest {@code max(1, round(fraction * n))} films, oldest first (never the
 *                user's only film; empty when the user has fewer than {@code minFilms})
 */
public record LatestHoldout(int[][] train, int[][] heldOut) {

    /** Users with fewer films than this keep them all in train. */
    public static final int MIN_FILMS = 3;
    /** The product's training split: the share of each history every model of a training run holds out. */
    public static final double PRODUCT_SHARE = 0.2;

    /**
     * The split every model of a product training run uses, one definition for all: each person's films
     * (every rating) in time order, the latest {@link #PRODUCT_SHARE} held out. NeuMF, the sequential model
     * and the encoder's fine-tuning pairs learn from the rest and stop on the held-out films; the hybrid's
     * ranker learns from the held-out films.
     */
    public static LatestHoldout product(Ratings ratings) {
        return of(TimeOrder.of(ratings, 0f), PRODUCT_SHARE);
    }

    /** Holds out the latest {@code fraction} of each history (at least one film, always leaving one in train). */
    public static LatestHoldout of(int[][] histories, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the held-out fraction must lie in (0, 1), was " + fraction);
        }
        int[][] train = new int[histories.length][];
        int[][] heldOut = new int[histories.length][];
        for (int u = 0; u < histories.length; u++) {
            int[] h = histories[u];
            int n = h.length < MIN_FILMS ? 0 : Math.min(h.length - 1, Math.max(1, (int) Math.round(fraction * h.length)));
            train[u] = Arrays.copyOf(h, h.length - n);
            heldOut[u] = Arrays.copyOfRange(h, h.length - n, h.length);
        }
        return new LatestHoldout(train, heldOut);
    }

    /** Training interactions as a matrix of {@code numItems} columns. */
    public Interactions trainInteractions(int numItems) {
        return interactions(train, numItems);
    }

    /** Held-out interactions as a matrix of {@code numItems} columns. */
    public Interactions heldOutInteractions(int numItems) {
        return interactions(heldOut, numItems);
    }

    private static Interactions interactions(int[][] rows, int numItems) {
        int n = 0;
        for (int[] r : rows) {
            n += r.length;
        }
        int[] users = new int[n];
        int[] items = new int[n];
        int k = 0;
        for (int u = 0; u < rows.length; u++) {
            for (int item : rows[u]) {
                users[k] = u;
                items[k++] = item;
            }
        }
        return Interactions.of(rows.length, numItems, users, items);
    }
}
