package com.reelwise.sequence;

/** Scores the model after an epoch (higher is better); the trainer keeps the best epoch. */
public interface EpochValidator {

    /** The score of the model as it stands. */
    double score(HistoryScorer model);

    /** What {@link #score} measures, for run records. */
    String name();
}
