package com.reelwise.progress;

import java.util.List;

/**
 * What one training run did (NeuMF, the sequential model, the taste autoencoder).
 *
 * @param epochs         one entry per epoch trained
 * @param bestEpoch      1-based epoch whose parameters were kept
 * @param bestValidation validation score of that epoch (NaN without validation)
 * @param validationName what the validation score is, e.g. "NDCG@10 of the held-out films, full ranking"
 * @param samples        positions taught over all epochs (one position = one next-film example)
 * @param trainSeconds   wall time of the gradient steps only (batch building, forward, backward, update)
 * @param totalSeconds   wall time of the whole fit, validation included
 */
public record TrainingReport(List<Epoch> epochs, int bestEpoch, double bestValidation, String validationName, long samples,
                           double trainSeconds, double totalSeconds) {

    /** Mean training loss and validation score of one epoch. */
    public record Epoch(int epoch, double loss, double validation, double seconds) {
    }

    public TrainingReport {
        epochs = List.copyOf(epochs);
    }

    /** Gradient-step throughput in positions per second. */
    public double samplesPerSecond() {
        return samples / trainSeconds;
    }
}
