package com.reelwise.eval;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Ranking metrics as small pure functions over item indices.
 *
 * <p>Tie rule, used everywhere: items are ordered by score descending, then by item index
 * ascending. NaN scores rank below every number. Truth sets are ascending {@code int[]} (as
 * {@link com.reelwise.ratings.Interactions#itemsOf} returns them); an empty truth set scores 0
 * (the evaluator never asks: users without test items are not evaluated).
 */
public final class Metrics {

    private Metrics() {
    }

    /** True when {@code a} ranks strictly before {@code b} under the tie rule. */
    static boolean before(float[] scores, int a, int b) {
        float sa = clean(scores[a]);
        float sb = clean(scores[b]);
        return sa > sb || (sa == sb && a < b);
    }

    private static float clean(float score) {
        return Float.isNaN(score) ? Float.NEGATIVE_INFINITY : score;
    }

    /**
     * Zero-based rank of {@code target} among {@code target} plus {@code candidates}: how many
     * candidates score at least as high. Ties count against the target, so a method that cannot
     * tell the held-out item from a negative gets no credit for it (NaN counts as the lowest score).
     */
    public static int rankAmong(float[] scores, int target, int[] candidates) {
        int rank = 0;
        float mine = clean(scores[target]);
        for (int c : candidates) {
            if (c != target && clean(scores[c]) >= mine) {
                rank++;
            }
        }
        return rank;
    }

    /** Hit ratio for one held-out item at zero-based {@code rank}: 1 inside the top {@code k}. */
    public static double hitRate(int rank, int k) {
        return rank < k ? 1.0 : 0.0;
    }

    /** NDCG for one held-out item at zero-based {@code rank}: 1 / log2(rank + 2) inside the top {@code k}. */
    public static double ndcgOfRank(int rank, int k) {
        return rank < k ? 1.0 / log2(rank + 2) : 0.0;
    }

    /**
     * The {@code k} best items of {@code scores} under the tie rule, best first, skipping items
     * for which {@code excluded} is true. Shorter than {@code k} when fewer items remain.
     */
    public static int[] topK(float[] scores, int k, IntPredicate excluded) {
        if (k > SHORT_LIST) {
            return topKByHeap(scores, k, excluded);
        }
        int[] top = new int[k];
        int size = 0;
        for (int item = 0; item < scores.length; item++) {
            // most items cannot beat the last kept one: that cheap test goes before a caller's (maybe costly) exclusion
            if (size == k && !before(scores, item, top[k - 1]) || excluded.test(item)) {
                continue;
            }
            // Insertion into a short sorted array beats a heap for k = 10..20.
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && before(scores, item, top[pos - 1])) {
                top[pos] = top[pos - 1];
                pos--;
            }
            top[pos] = item;
        }
        return size == k ? top : Arrays.copyOf(top, size);
    }

    /** Up to this k a sorted array takes each newcomer fastest; past it (a candidate pool's 150) a heap does. */
    private static final int SHORT_LIST = 32;

    /**
     * {@link #topK} for long lists: a heap whose root is the worst kept item, emptied worst-last into the result. Each
     * kept item's cleaned score sits beside it, so a comparison reads no score through an index; and since items arrive
     * in ascending order, a newcomer beats the root exactly when its score is strictly higher.
     */
    private static int[] topKByHeap(float[] scores, int k, IntPredicate excluded) {
        int[] heap = new int[k];
        float[] keys = new float[k];
        int size = 0;
        for (int item = 0; item < scores.length; item++) {
            float key = clean(scores[item]);
            if (size == k && !(key > keys[0]) || excluded.test(item)) {
                continue;
            }
            if (size < k) {
                heap[size] = item;
                keys[size] = key;
                siftUp(heap, keys, size++);
            } else {
                heap[0] = item;
                keys[0] = key;
                siftDown(heap, keys, 0, size);
            }
        }
        int[] top = new int[size];
        for (int n = size; n > 0; n--) {
            top[n - 1] = heap[0];
            heap[0] = heap[n - 1];
            keys[0] = keys[n - 1];
            siftDown(heap, keys, 0, n - 1);
        }
        return top;
    }

    /** The tie rule on kept items: entry i ranks before entry j. */
    private static boolean before(int[] heap, float[] keys, int i, int j) {
        return keys[i] > keys[j] || (keys[i] == keys[j] && heap[i] < heap[j]);
    }

    private static void siftUp(int[] heap, float[] keys, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(heap, keys, parent, at)) {
                return;
            }
            swap(heap, keys, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, float[] keys, int at, int size) {
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (before(heap, keys, worst, child)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, keys, worst, at);
            at = worst;
        }
    }

    private static void swap(int[] heap, float[] keys, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
        float key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
    }

    /** Hits in the first {@code k} of {@code ranked} divided by the size of {@code truth}. */
    public static double recall(int[] ranked, int[] truth, int k) {
        if (truth.length == 0) {
            return 0.0;
        }
        return (double) hits(ranked, truth, k) / truth.length;
    }

    /** Binary-relevance NDCG@k; the ideal list puts min(k, |truth|) hits first. */
    public static double ndcg(int[] ranked, int[] truth, int k) {
        if (truth.length == 0) {
            return 0.0;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (isIn(truth, ranked[i])) {
                dcg += 1.0 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, truth.length); i++) {
            ideal += 1.0 / log2(i + 2);
        }
        return dcg / ideal;
    }

    /**
     * Average precision at {@code k}: the sum of precision@i over the hit positions i within the
     * first {@code k}, divided by min(k, |truth|) so a perfect list scores 1.
     */
    public static double averagePrecision(int[] ranked, int[] truth, int k) {
        if (truth.length == 0) {
            return 0.0;
        }
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (isIn(truth, ranked[i])) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return sum / Math.min(k, truth.length);
    }

    private static int hits(int[] ranked, int[] truth, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (isIn(truth, ranked[i])) {
                hits++;
            }
        }
        return hits;
    }

    private static boolean isIn(int[] sortedTruth, int item) {
        return Arrays.binarySearch(sortedTruth, item) >= 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
