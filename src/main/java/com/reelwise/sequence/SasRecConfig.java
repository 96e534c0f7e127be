package com.reelwise.sequence;

/**
 * Every hyperparameter of a sequential run (SASRec, Kang and McAuley 2018), saved as
 * {@code config.json} beside the parameters so serving rebuilds the identical block.
 *
 * @param hidden       width of item embeddings and every layer, e.g. 64
 * @param blocks       causal self-attention blocks (pre-LayerNorm, as in the reference implementations)
 * @param heads        attention heads; {@code hidden} must divide by it
 * @param maxLength    longest history read; longer ones keep their latest {@code maxLength} films
 * @param dropout      dropout on embeddings, attention and feed-forward outputs
 * @param learningRate Adam learning rate (betas 0.9 / 0.98)
 * @param batchSize    training windows per gradient step
 * @param epochs       maximum passes over every position of every history; the best validation epoch is kept
 * @param patience     stop after this many epochs without a better validation score (0: never stop early)
 * @param loss         {@code "ce"}: full softmax cross-entropy over the catalog; {@code "gbce"}: gSASRec's
 *                     generalised binary cross-entropy over {@code negatives} sampled items
 * @param negatives    sampled negatives per position for gBCE
 * @param gbceT        gBCE calibration t in [0, 1] (Petrov and Macdonald 2023 use 0.75)
 * @param shortCrops   extra training windows per history of five or more films, each 3 to {@code cropLength} consecutive
 *                     films from anywhere in it (seeded): without them the only short contexts are the first films of a
 *                     history, MovieLens' sign-up films, so a new person's few picks read like a sign-up and get popular films
 * @param cropLength   the longest crop, at least 3; a config saved before this setting reads as 10, the length crops had then
 * @param seed         seeds the Java sampler, batch order and the PyTorch initialiser
 */
public record SasRecConfig(int hidden, int blocks, int heads, int maxLength, float dropout, float learningRate,
                           int batchSize, int epochs, int patience, String loss, int negatives, float gbceT, int shortCrops,
                           int cropLength, long seed) {

    public static final String CROSS_ENTROPY = "ce";
    public static final String GBCE = "gbce";
    private static final int LEGACY_CROP_LENGTH = 10;

    public SasRecConfig {
        require(hidden > 0 && heads > 0 && hidden % heads == 0, "hidden must be positive and divisible by heads: " + hidden + "/" + heads);
        require(blocks > 0, "blocks must be positive: " + blocks);
        require(maxLength >= 2, "maxLength must be at least 2: " + maxLength);
        require(dropout >= 0 && dropout < 1, "dropout must lie in [0, 1): " + dropout);
        require(learningRate > 0, "learningRate must be positive: " + learningRate);
        require(batchSize > 0, "batchSize must be positive: " + batchSize);
        require(epochs > 0, "epochs must be positive: " + epochs);
        require(patience >= 0, "patience must not be negative: " + patience);
        require(CROSS_ENTROPY.equals(loss) || GBCE.equals(loss), "loss must be 'ce' or 'gbce': " + loss);
        require(negatives > 0, "negatives must be positive: " + negatives);
        require(gbceT >= 0 && gbceT <= 1, "gbceT must lie in [0, 1]: " + gbceT);
        require(shortCrops >= 0, "shortCrops must not be negative: " + shortCrops);
        if (cropLength == 0) {
            cropLength = LEGACY_CROP_LENGTH;
        }
        require(cropLength >= 3, "cropLength must be at least 3: " + cropLength);
    }

    /**
     * Width 64, 2 blocks, 1 head, 200 films, dropout 0.2, Adam 1e-3, batch 32 windows, at most 40 epochs
     * with patience 5, gBCE over 256 sampled films with t = 0.75. Chosen by validation on ml-latest-small's
     * product split (model-training/sequence/README.md): gBCE reached NDCG@10 0.084 at epoch 19, full softmax
     * cross-entropy 0.080 at epoch 3 before it overfit (0.076-0.078 with more dropout or a lower rate).
     */
    public static SasRecConfig defaults() {
        return new SasRecConfig(64, 2, 1, 200, 0.2f, 1e-3f, 32, 40, 5, GBCE, 256, 0.75f, 0, LEGACY_CROP_LENGTH, 42L);
    }

    /**
     * The next-watch method's own model: the defaults plus 20 crops of 3 to 100 films per history. The crops lift the
     * model on whole histories and on a handful of picks alike (validation NDCG@10 0.127-0.130 against 0.084; taste panel 8 of
     * 24 profiles alone against 1), but a hybrid reading it loses panel profiles (model-training/sequence/README.md), so
     * the hybrid keeps reading a model trained at {@link #defaults()}.
     */
    public static SasRecConfig nextWatchDefaults() {
        return defaults().with("shortCrops", "20").with("cropLength", "100");
    }

    public SasRecConfig withSeed(long value) {
        return new SasRecConfig(hidden, blocks, heads, maxLength, dropout, learningRate, batchSize, epochs, patience, loss, negatives, gbceT, shortCrops, cropLength, value);
    }

    public SasRecConfig withEpochs(int value) {
        return new SasRecConfig(hidden, blocks, heads, maxLength, dropout, learningRate, batchSize, value, patience, loss, negatives, gbceT, shortCrops, cropLength, seed);
    }

    /**
     * Applies a "key=value" override (record component names), e.g. {@code epochs=20} or {@code loss=gbce}.
     *
     * @throws IllegalArgumentException naming an unknown key or unparsable value
     */
    public SasRecConfig with(String key, String value) {
        int h = hidden, b = blocks, hd = heads, len = maxLength, bs = batchSize, ep = epochs, pat = patience, neg = negatives, crops = shortCrops, cropLen = cropLength;
        float drop = dropout, lr = learningRate, t = gbceT;
        String l = loss;
        long s = seed;
        try {
            switch (key) {
                case "hidden" -> h = Integer.parseInt(value);
                case "blocks" -> b = Integer.parseInt(value);
                case "heads" -> hd = Integer.parseInt(value);
                case "maxLength" -> len = Integer.parseInt(value);
                case "dropout" -> drop = Float.parseFloat(value);
                case "learningRate", "lr" -> lr = Float.parseFloat(value);
                case "batchSize" -> bs = Integer.parseInt(value);
                case "epochs" -> ep = Integer.parseInt(value);
                case "patience" -> pat = Integer.parseInt(value);
                case "loss" -> l = value;
                case "negatives" -> neg = Integer.parseInt(value);
                case "gbceT" -> t = Float.parseFloat(value);
                case "shortCrops" -> crops = Integer.parseInt(value);
                case "cropLength" -> cropLen = Integer.parseInt(value);
                case "seed" -> s = Long.parseLong(value);
                default -> throw new IllegalArgumentException("Unknown SASRec config key '" + key + "'; known: hidden, blocks, heads, "
                        + "maxLength, dropout, learningRate (lr), batchSize, epochs, patience, loss, negatives, gbceT, shortCrops, cropLength, seed");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot parse SASRec config " + key + "=" + value, e);
        }
        return new SasRecConfig(h, b, hd, len, drop, lr, bs, ep, pat, l, neg, t, crops, cropLen, s);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
