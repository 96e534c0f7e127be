package com.reelwise.training;

/**
 * Where a model is in its life: what the UI shows while it loads or trains.
 *
 * @param model    e.g. "Neural CF"
 * @param state    the stage
 * @param fraction progress of training, 0..1 (1 when ready)
 * @param message  one sentence for the person
 */
public record ModelStatus(String model, State state, double fraction, String message) {

    public enum State { LOADING, TRAINING, READY, UNAVAILABLE }
}
