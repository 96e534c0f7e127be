package com.reelwise.rating;

/**
 * I-AutoRec's settings (Sedhain et al. 2015): each item's column of ratings over all users is encoded to
 * {@code hidden} sigmoid units and decoded back; the loss is the squared error on observed ratings only plus
 * {@code lambda}/2 times the squared weights.
 *
 * @param hidden       code size (the paper: 500)
 * @param lambda       L2 strength on both weight matrices, for the loss summed over observed ratings
 * @param learningRate Adam's step
 * @param batchSize    items per step
 * @param epochs       most epochs; the best on validation is kept
 * @param patience     epochs without a better validation RMSE before stopping (0: run them all)
 * @param seed         initialisation and item order
 */
public record AutoRecConfig(int hidden, float lambda, float learningRate, int batchSize, int epochs, int patience, long seed) {

    public AutoRecConfig {
        if (hidden <= 0 || lambda < 0 || learningRate <= 0 || batchSize <= 0 || epochs <= 0 || patience < 0) {
            throw new IllegalArgumentException("AutoRec settings out of range: " + hidden + ", " + lambda + ", " + learningRate + ", "
                    + batchSize + ", " + epochs + ", " + patience);
        }
    }

    public static AutoRecConfig defaults() {
        return new AutoRecConfig(500, 300f, 1e-4f, 32, 800, 20, 42);
    }

    public AutoRecConfig withLambda(float value) {
        return new AutoRecConfig(hidden, value, learningRate, batchSize, epochs, patience, seed);
    }

    public AutoRecConfig withEpochs(int value) {
        return new AutoRecConfig(hidden, lambda, learningRate, batchSize, value, patience, seed);
    }

    public AutoRecConfig withLearningRate(float value) {
        return new AutoRecConfig(hidden, lambda, value, batchSize, epochs, patience, seed);
    }

    public AutoRecConfig withHidden(int value) {
        return new AutoRecConfig(value, lambda, learningRate, batchSize, epochs, patience, seed);
    }

    public AutoRecConfig withBatchSize(int value) {
        return new AutoRecConfig(hidden, lambda, learningRate, value, epochs, patience, seed);
    }

    /** Exactly {@code value} epochs, no early stop: a refit for the epoch count validation chose. */
    public AutoRecConfig forEpochs(int value) {
        return new AutoRecConfig(hidden, lambda, learningRate, batchSize, value, 0, seed);
    }

    public AutoRecConfig withSeed(long value) {
        return new AutoRecConfig(hidden, lambda, learningRate, batchSize, epochs, patience, value);
    }
}
