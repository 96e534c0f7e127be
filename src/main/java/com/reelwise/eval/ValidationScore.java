package com.reelwise.eval;

import com.reelwise.ratings.Interactions;

/**
 * The one number models tune on: mean NDCG@k of ranking each user's validation items against
 * every item not in their train history. Full ranking under either protocol, so the choice
 * does not depend on sampled negatives (which belong to the test split only).
 */
public final class ValidationScore {

    private ValidationScore() {
    }

    /** Mean NDCG@k over users with validation items; 0 when there are none. */
    public static double ndcg(RankingModel model, Interactions train, Interactions validation, int k) {
        float[] scores = new float[train.numItems()];
        double sum = 0;
        int users = 0;
        for (int u = 0; u < validation.numUsers(); u++) {
            if (validation.countOf(u) == 0) {
                continue;
            }
            model.scores(u, scores);
            int user = u;
            int[] top = Metrics.topK(scores, k, item -> train.contains(user, item));
            sum += Metrics.ndcg(top, validation.itemsOf(u), k);
            users++;
        }
        return users == 0 ? 0 : sum / users;
    }
}
