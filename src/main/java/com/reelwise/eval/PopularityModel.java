package com.reelwise.eval;

import com.reelwise.ratings.Interactions;

/** Scores every item by how many users interacted with it in train plus validation (nothing to tune). */
final class PopularityModel implements RankingModel {

    private float[] counts = new float[0];

    @Override
    public String name() {
        return "popular";
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        int[] c = Split.union(train, validation).itemCounts();
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
