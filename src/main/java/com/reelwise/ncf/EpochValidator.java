package com.reelwise.ncf;

import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;

/**
 * Scores a model after each training epoch (higher = better); NeuMF keeps the parameters of the
 * best-scoring epoch. The evaluation harness can supply its own metric; {@link #sampledHitRate}
 * is the default.
 */
@FunctionalInterface
public interface EpochValidator {

    double score(RankingModel model);

    /**
     * HR@{@code k} of each validation positive ranked among {@code sampled} items the user has
     * neither in train nor in validation (He et al.'s leave-one-out protocol, 99 negatives, k=10).
     * Candidates are drawn once, from {@code seed}, so every epoch is compared on the same lists.
     */
    static EpochValidator sampledHitRate(Interactions train, Interactions validation, int k, int sampled, long seed) {
        SampledRanking ranking = SampledRanking.draw(train, validation, sampled, seed);
        return model -> ranking.evaluate(model, k).hitRate();
    }
}
