package com.reelwise.text;

/**
 * Training settings of {@link EncoderFineTuner}; the batch size and frozen-embedding flag come from
 * the {@link EncoderConfig}.
 *
 * @param epochs passes over the pairs
 * @param learningRate AdamW peak learning rate
 * @param warmupFraction share of the steps over which the learning rate ramps up linearly from 0
 * @param scale multiplier of the cosine similarities before the softmax (sentence-transformers uses 20)
 * @param seed shuffling seed, for repeatable runs
 */
public record FineTuneOptions(int epochs, float learningRate, float warmupFraction, float scale, long seed) {

    /** sentence-transformers' defaults for MultipleNegativesRankingLoss: 1 epoch, 2e-5, 10% warm-up, scale 20. */
    public static FineTuneOptions defaults() {
        return new FineTuneOptions(1, 2e-5f, 0.1f, 20f, 42L);
    }

    public FineTuneOptions {
        if (epochs < 1 || !(learningRate > 0) || warmupFraction < 0 || warmupFraction > 1 || !(scale > 0)) {
            throw new IllegalArgumentException("invalid fine-tuning options: " + epochs + " epochs, lr "
                    + learningRate + ", warm-up " + warmupFraction + ", scale " + scale);
        }
    }

    /** A copy with another number of epochs and learning rate. */
    public FineTuneOptions with(int newEpochs, float newLearningRate) {
        return new FineTuneOptions(newEpochs, newLearningRate, warmupFraction, scale, seed);
    }
}
