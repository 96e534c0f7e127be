package com.reelwise.ncf;

import java.util.Arrays;
import java.util.List;

/**
 * Every hyperparameter of a NeuMF run (He et al. 2017, "Neural Collaborative Filtering"),
 * saved as {@code config.json} beside the parameters so serving rebuilds the identical block.
 *
 * @param factors          GMF embedding size (the paper's "predictive factors"), e.g. 8
 * @param mlpLayers        MLP tower widths; the first is the concatenated user+item embedding,
 *                         so each MLP embedding has {@code mlpLayers[0] / 2} dimensions, e.g. [64, 32, 16, 8]
 * @param learningRate     Adam learning rate
 * @param batchSize        samples per gradient step (1024)
 * @param epochs           maximum passes over the positives; the best validation epoch is kept
 * @param negatives        sampled negatives per positive, resampled every epoch (4)
 * @param ratingThreshold  ratings at or above this count as positives (0 = every rating)
 * @param l2               Adam weight decay on all parameters (0 = none)
 * @param seed             seeds the Java sampler and the PyTorch initialiser
 * @param pretrain         pre-train GMF and MLP separately first (paper section 3.4.1); NOT implemented yet, must be false
 * @param foldInSteps      Adam steps when fitting a new person's user vectors against the frozen network
 * @param foldInLearningRate Adam learning rate for fold-in
 * @param lazyEmbeddings   update the four embedding tables lazily, only the rows in each batch ({@code InPlaceAdam}'s
 *                         lazy rows; off: dense Adam, as the paper and the PyTorch reference). A step then costs the
 *                         batch, not the tables: for releases with tens of thousands of people (docs/scale.md)
 */
public record NeuMfConfig(
        int factors,
        List<Integer> mlpLayers,
        float learningRate,
        int batchSize,
        int epochs,
        int negatives,
        float ratingThreshold,
        float l2,
        long seed,
        boolean pretrain,
        int foldInSteps,
        float foldInLearningRate,
        boolean lazyEmbeddings) {

    public NeuMfConfig {
        mlpLayers = List.copyOf(mlpLayers);
        require(factors > 0, "factors must be positive: " + factors);
        require(mlpLayers.size() >= 2, "mlpLayers needs the embedding width and at least one hidden layer: " + mlpLayers);
        require(mlpLayers.get(0) % 2 == 0, "mlpLayers[0] is user+item embedding and must be even: " + mlpLayers.get(0));
        require(mlpLayers.stream().allMatch(w -> w > 0), "mlpLayers must be positive: " + mlpLayers);
        require(learningRate > 0, "learningRate must be positive: " + learningRate);
        require(batchSize > 0, "batchSize must be positive: " + batchSize);
        require(epochs > 0, "epochs must be positive: " + epochs);
        require(negatives > 0, "negatives must be positive: " + negatives);
        require(l2 >= 0, "l2 must not be negative: " + l2);
        require(!pretrain, "pretrain=true (separate GMF/MLP pre-training) is not implemented; use pretrain=false");
        require(foldInSteps > 0, "foldInSteps must be positive: " + foldInSteps);
        require(foldInLearningRate > 0, "foldInLearningRate must be positive: " + foldInLearningRate);
    }

    /** The paper's setting for MovieLens: 8 factors, tower 64-32-16-8, lr 0.001, batch 1024, 4 negatives. */
    public static NeuMfConfig defaults() {
        return new NeuMfConfig(8, List.of(64, 32, 16, 8), 0.001f, 1024, 20, 4, 0f, 0f, 42L, false, 40, 0.05f, false);
    }

    /** Size of each of the user and item MLP embeddings. */
    int mlpEmbedding() {
        return mlpLayers.get(0) / 2;
    }

    public NeuMfConfig withEpochs(int value) {
        return new NeuMfConfig(factors, mlpLayers, learningRate, batchSize, value, negatives, ratingThreshold, l2, seed, pretrain, foldInSteps, foldInLearningRate, lazyEmbeddings);
    }

    public NeuMfConfig withSeed(long value) {
        return new NeuMfConfig(factors, mlpLayers, learningRate, batchSize, epochs, negatives, ratingThreshold, l2, value, pretrain, foldInSteps, foldInLearningRate, lazyEmbeddings);
    }

    public NeuMfConfig withLearningRate(float value) {
        return new NeuMfConfig(factors, mlpLayers, value, batchSize, epochs, negatives, ratingThreshold, l2, seed, pretrain, foldInSteps, foldInLearningRate, lazyEmbeddings);
    }

    public NeuMfConfig withArchitecture(int factorsValue, int... layers) {
        return new NeuMfConfig(factorsValue, Arrays.stream(layers).boxed().toList(), learningRate, batchSize, epochs, negatives, ratingThreshold, l2, seed, pretrain, foldInSteps, foldInLearningRate, lazyEmbeddings);
    }

    /**
     * Applies "key=value" overrides (record component names), e.g. {@code epochs=5 lr=0.002 mlpLayers=32,16,8}.
     *
     * @throws IllegalArgumentException naming an unknown key or unparsable value
     */
    public NeuMfConfig with(String key, String value) {
        int f = factors, bs = batchSize, ep = epochs, neg = negatives, steps = foldInSteps;
        float lr = learningRate, thr = ratingThreshold, l2v = l2, flr = foldInLearningRate;
        long s = seed;
        boolean pre = pretrain, lazy = lazyEmbeddings;
        List<Integer> layers = mlpLayers;
        try {
            switch (key) {
                case "factors" -> f = Integer.parseInt(value);
                case "mlpLayers" -> layers = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "learningRate", "lr" -> lr = Float.parseFloat(value);
                case "batchSize" -> bs = Integer.parseInt(value);
                case "epochs" -> ep = Integer.parseInt(value);
                case "negatives" -> neg = Integer.parseInt(value);
                case "ratingThreshold" -> thr = Float.parseFloat(value);
                case "l2" -> l2v = Float.parseFloat(value);
                case "seed" -> s = Long.parseLong(value);
                case "pretrain" -> pre = Boolean.parseBoolean(value);
                case "foldInSteps" -> steps = Integer.parseInt(value);
                case "foldInLearningRate" -> flr = Float.parseFloat(value);
                case "lazyEmbeddings" -> lazy = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("Unknown NeuMF config key '" + key
                        + "'; known: factors, mlpLayers, learningRate (lr), batchSize, epochs, negatives, ratingThreshold, l2, seed, pretrain, foldInSteps, foldInLearningRate, lazyEmbeddings");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot parse NeuMF config " + key + "=" + value, e);
        }
        return new NeuMfConfig(f, layers, lr, bs, ep, neg, thr, l2v, s, pre, steps, flr, lazy);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
