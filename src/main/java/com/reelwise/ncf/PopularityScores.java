package com.reelwise.ncf;

import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;

/** Most-interacted-first: the reference NeuMF must beat on the same holdout (the harness has its own baselines). */
final class PopularityScores implements RankingModel {

    private float[] counts = new float[0];

    @Override
    public String name() {
        return "popular";
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        int[] c = train.itemCounts();
        counts = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            counts[i] = c[i];
        }
    }

    @Override
    public void scores(int user, float[] out) {
        System.arraycopy(counts, 0, out, 0, counts.length);
    }
}
