package com.reelwise.eval;

import com.reelwise.ratings.Interactions;

/**
 * A model the evaluation harness can train on a split and ask for a score of every item
 * for a known user. Popularity, item-kNN, EASE, matrix factorization and NeuMF all implement it.
 */
public interface RankingModel extends AutoCloseable {

    /** Short stable name used in result files, e.g. "neumf", "ease", "popular". */
    String name();

    /**
     * Trains on {@code train}. {@code validation} (held out from train, possibly empty) is
     * for epoch or hyperparameter selection only; the test split never reaches a model.
     */
    void fit(Interactions train, Interactions validation);

    /** Writes a score for every item (higher = more relevant) for {@code user} into {@code out}. */
    void scores(int user, float[] out);

    /** Frees native memory (DJL models); the harness closes every model it created. Plain-Java models need nothing. */
    @Override
    default void close() {
    }
}
