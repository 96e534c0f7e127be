package com.reelwise.sequence;

/** A trained model of people's histories over films 0..n-1: scores every film, and has a learned vector per film. */
public interface HistoryModel extends HistoryScorer, AutoCloseable {

    int numItems();

    /** Each film's learned vector, unit length, by 0-based film index. */
    float[][] itemVectors();

    /** NDArrays on the model's native manager: grows only if per-call arrays leak. */
    int managedArrayCount();

    @Override
    void close();
}
