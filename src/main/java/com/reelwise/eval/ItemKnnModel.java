package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import java.util.Arrays;

/**
 * Item-based k-nearest neighbours (Deshpande and Karypis 2004): cosine similarity between item
 * columns of the binary user-item matrix, each item keeping its {@code k} most similar items; a
 * user's score for an item sums its similarity to the user's items. Fits on train plus
 * validation ({@code k} is configured, not tuned).
 */
final class ItemKnnModel implements RankingModel {

    private final int k;
    private Interactions history;
    private int[][] neighbours;
    private float[][] similarities;

    ItemKnnModel(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        history = Split.union(train, validation);
        Interactions byItem = Split.transpose(history);
        int n = history.numItems();
        int[] counts = history.itemCounts();
        neighbours = new int[n][];
        similarities = new float[n][];
        float[] cooccurrence = new float[n];
        for (int i = 0; i < n; i++) {
            // Co-occurrence of i with every item through i's users: one column of X^T X at a time, O(n) memory.
            Arrays.fill(cooccurrence, 0f);
            for (int u : byItem.itemsOf(i)) {
                for (int j : history.itemsOf(u)) {
                    cooccurrence[j] += 1f;
                }
            }
            for (int j = 0; j < n; j++) {
                if (cooccurrence[j] > 0) {
                    cooccurrence[j] /= (float) Math.sqrt((double) counts[i] * counts[j]);
                }
            }
            int self = i;
            int[] top = Metrics.topK(cooccurrence, k, j -> j == self || cooccurrence[j] <= 0f);
            neighbours[i] = top;
            similarities[i] = new float[top.length];
            for (int t = 0; t < top.length; t++) {
                similarities[i][t] = cooccurrence[top[t]];
            }
        }
    }

    @Override
    public void scores(int user, float[] out) {
        Arrays.fill(out, 0f);
        for (int j : history.itemsOf(user)) {
            int[] near = neighbours[j];
            float[] sim = similarities[j];
            for (int t = 0; t < near.length; t++) {
                out[near[t]] += sim[t];
            }
        }
    }
}
