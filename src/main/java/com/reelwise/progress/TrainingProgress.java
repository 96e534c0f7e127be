package com.reelwise.progress;

/** Receives training progress, for a UI indicator (the terminal gets its own progress bar). */
@FunctionalInterface
public interface TrainingProgress {

    /** Ignores every update. */
    TrainingProgress NONE = (fraction, message) -> { };

    /**
     * @param fraction done so far, 0..1
     * @param message  what is happening, e.g. "epoch 3 of 20"
     */
    void update(double fraction, String message);
}
