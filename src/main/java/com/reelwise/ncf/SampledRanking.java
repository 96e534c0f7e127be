package com.reelwise.ncf;

import com.reelwise.eval.Metrics;
import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;
import java.util.Random;

/**
 * Leave-one-out with sampled candidates: every validation (user, item) is ranked against a fixed
 * list of items the user never touched. Cheap enough to run after every epoch.
 */
final class SampledRanking {

    /** Hit rate and NDCG at k over all validation positives. */
    record Result(double hitRate, double ndcg, int cases) {
    }

    private final int[] users;
    private final int[] positives;
    private final int[][] candidates;
    private final int numItems;

    private SampledRanking(int numItems, int[] users, int[] positives, int[][] candidates) {
        this.numItems = numItems;
        this.users = users;
        this.positives = positives;
        this.candidates = candidates;
    }

    static SampledRanking draw(Interactions train, Interactions validation, int sampled, long seed) {
        Random random = new Random(seed);
        int numItems = train.numItems();
        int cases = validation.size();
        int[] users = new int[cases];
        int[] positives = new int[cases];
        int[][] candidates = new int[cases][];
        int c = 0;
        for (int u = 0; u < validation.numUsers(); u++) {
            for (int item : validation.itemsOf(u)) {
                int free = numItems - train.countOf(u) - validation.countOf(u);
                int n = Math.min(sampled, Math.max(free, 0));
                int[] drawn = new int[n];
                for (int k = 0; k < n; k++) {
                    int j;
                    do {
                        j = random.nextInt(numItems);
                    } while (train.contains(u, j) || validation.contains(u, j) || contains(drawn, k, j));
                    drawn[k] = j;
                }
                users[c] = u;
                positives[c] = item;
                candidates[c++] = drawn;
            }
        }
        return new SampledRanking(numItems, users, positives, candidates);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    Result evaluate(RankingModel model, int k) {
        if (users.length == 0) {
            return new Result(0, 0, 0);
        }
        float[][] scores = model instanceof NeuMfModel neuMf ? pairScores(neuMf) : fullScores(model);
        double hits = 0;
        double ndcg = 0;
        for (float[] row : scores) {
            // the harness's rank: ties and NaN count against the positive (slot 0), so a constant model cannot look good
            int[] others = java.util.stream.IntStream.range(1, row.length).toArray();
            int rank = Metrics.rankAmong(row, 0, others);
            hits += Metrics.hitRate(rank, k);
            ndcg += Metrics.ndcgOfRank(rank, k);
        }
        return new Result(hits / users.length, ndcg / users.length, users.length);
    }

    /** NeuMF scores only the 100 candidates per case, in one forward pass, instead of the full catalogue. */
    private float[][] pairScores(NeuMfModel model) {
        int total = 0;
        for (int[] drawn : candidates) {
            total += drawn.length + 1;
        }
        int[] u = new int[total];
        int[] i = new int[total];
        int p = 0;
        for (int c = 0; c < users.length; c++) {
            u[p] = users[c];
            i[p++] = positives[c];
            for (int j : candidates[c]) {
                u[p] = users[c];
                i[p++] = j;
            }
        }
        float[] flat = model.scorePairs(u, i);
        float[][] scores = new float[users.length][];
        p = 0;
        for (int c = 0; c < users.length; c++) {
            scores[c] = new float[candidates[c].length + 1];
            System.arraycopy(flat, p, scores[c], 0, scores[c].length);
            p += scores[c].length;
        }
        return scores;
    }

    private float[][] fullScores(RankingModel model) {
        float[] all = new float[numItems];
        float[][] scores = new float[users.length][];
        for (int c = 0; c < users.length; c++) {
            model.scores(users[c], all);
            scores[c] = new float[candidates[c].length + 1];
            scores[c][0] = all[positives[c]];
            for (int j = 0; j < candidates[c].length; j++) {
                scores[c][j + 1] = all[candidates[c][j]];
            }
        }
        return scores;
    }
}
