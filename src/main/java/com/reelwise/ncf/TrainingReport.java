package com.reelwise.ncf;

import java.util.List;

/**
 * What one NeuMF training run did.
 *
 * @param epochs           one entry per epoch trained
 * @param bestEpoch        1-based epoch whose parameters were kept
 * @param bestValidation   validator score of that epoch (NaN without validation data)
 * @param samples          training samples seen (positives + negatives, all epochs)
 * @param trainSeconds     wall time of the gradient steps only (no sampling, no validation)
 * @param totalSeconds     wall time of fit, including sampling and validation
 */
public record TrainingReport(List<Epoch> epochs, int bestEpoch, double bestValidation, long samples,
        double trainSeconds, double totalSeconds) {

    /** Mean training loss and validator score of one epoch. */
    public record Epoch(int epoch, double loss, double validation, double seconds) {
    }

    public TrainingReport {
        epochs = List.copyOf(epochs);
    }

    /** Gradient-step throughput, samples per second. */
    public double samplesPerSecond() {
        return samples / trainSeconds;
    }
}
