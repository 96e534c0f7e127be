package com.reelwise.sequence;

import com.reelwise.progress.TrainingReport;

/** A trained model of people's histories over films 0..n-1: scores every film, and has a learned vector per film. */
public interface HistoryModel extends HistoryScorer, AutoCloseable {

    int numItems();

    /**
     * Serving's scores: row b holds the logits of {@code items} (null: every film) after history b. The same
     * scores as {@link #logits}; a model may compute them another way, e.g. only at those films.
     */
    default float[][] logitsAt(int[][] histories, int[] items) {
        float[][] all = logits(histories);
        if (items == null) {
            return all;
        }
        float[][] out = new float[all.length][items.length];
        for (int b = 0; b < all.length; b++) {
            for (int j = 0; j < items.length; j++) {
                out[b][j] = all[b][items[j]];
            }
        }
        return out;
    }

    /**
     * Trains on {@code histories} (per person, 0-based films in time order); keeps the epoch {@code validator}
     * scores best (the last without one).
     *
     * @param bar show a terminal progress bar with ETA
     */
    TrainingReport fit(int[][] histories, EpochValidator validator, boolean bar, com.reelwise.progress.TrainingProgress progress);

    /** The report of the last {@link #fit}, or null. */
    TrainingReport report();

    /** Each film's learned vector, unit length, by 0-based film index. */
    float[][] itemVectors();

    /** NDArrays on the model's native manager: grows only if per-call arrays leak. */
    int managedArrayCount();

    @Override
    void close();
}
