package com.reelwise.sequence;

/** A model that scores every film for people given their histories (0-based films in time order, latest last). */
@FunctionalInterface
public interface HistoryScorer {

    /** Row b, column i: film i's score after history b. */
    float[][] logits(int[][] histories);
}
