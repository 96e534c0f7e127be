package com.reelwise.ncf;

import com.reelwise.progress.TrainingReport;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.ratings.IdIndex;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;
import java.util.Objects;

/**
 * NeuMF as a {@link RankingModel} for the evaluation harness: {@link #fit} trains with DJL,
 * {@link #scores} returns logits (monotone in the predicted probability) for every item.
 * Holds native memory: close it.
 */
public final class NeuMfModel implements RankingModel, AutoCloseable {

    /** Candidates per validation positive for the default validator (He et al.: 99). */
    static final int VALIDATION_NEGATIVES = 99;

    private final NeuMfConfig config;
    private final EpochValidator validator;
    private boolean progress;
    private TrainingProgress listener = TrainingProgress.NONE;
    private Model model;
    private NeuMfBlock block;
    private int numUsers;
    private int numItems;
    private TrainingReport report;

    /** With the default validator: sampled HR@10 on the validation interactions. */
    public NeuMfModel(NeuMfConfig config) {
        this(config, null);
    }

    /**
     * @param validator scores the model after each epoch to pick the epoch kept; {@code null}
     *                  for the default sampled HR@10 (skipped when validation is empty)
     */
    public NeuMfModel(NeuMfConfig config, EpochValidator validator) {
        this.config = Objects.requireNonNull(config);
        this.validator = validator;
    }

    /** Reports progress after every epoch (for a UI indicator). */
    public NeuMfModel withProgressListener(TrainingProgress listener) {
        this.listener = listener;
        return this;
    }

    /** Shows a terminal progress bar with loss and ETA per epoch (off by default). */
    public NeuMfModel withProgressBar(boolean show) {
        this.progress = show;
        return this;
    }

    @Override
    public String name() {
        return "neumf";
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        close();
        numUsers = train.numUsers();
        numItems = train.numItems();
        block = NeuMfBlock.create(config, numUsers, numItems);
        model = Model.newInstance("neumf");
        model.setBlock(block);
        EpochValidator chosen = validator;
        if (chosen == null && validation != null && validation.size() > 0) {
            chosen = EpochValidator.sampledHitRate(train, validation, 10, VALIDATION_NEGATIVES, config.seed());
        }
        report = new NeuMfTrainer(config, model, block, progress, listener).train(train, chosen, this);
    }

    @Override
    public void scores(int user, float[] out) {
        requireTrained();
        int[] users = new int[numItems];
        int[] items = new int[numItems];
        Arrays.fill(users, user);
        for (int i = 0; i < numItems; i++) {
            items[i] = i;
        }
        System.arraycopy(scorePairs(users, items), 0, out, 0, numItems);
    }

    /**
     * Pairs per forward pass when scoring many: the tower's activations for every pair live at once in native memory,
     * and validation at 1M ratings scores 20 million pairs (22 GB RSS in one pass; each pair's logit does not depend on
     * the others, so chunks give the same values).
     */
    static final int PAIRS_PER_PASS = 1 << 18;

    /** Logits for parallel (user, item) index arrays, {@value #PAIRS_PER_PASS} pairs per forward pass. */
    float[] scorePairs(int[] users, int[] items) {
        requireTrained();
        if (users.length <= PAIRS_PER_PASS) {
            return forward(model, users, items);
        }
        float[] out = new float[users.length];
        for (int from = 0; from < users.length; from += PAIRS_PER_PASS) {
            int to = Math.min(users.length, from + PAIRS_PER_PASS);
            float[] part = forward(model, Arrays.copyOfRange(users, from, to), Arrays.copyOfRange(items, from, to));
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    /** One no-grad forward pass with every array in a per-call manager. */
    static float[] forward(Model model, int[] users, int[] items) {
        try (NDManager arrays = model.getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(arrays, false);
            NDList input = new NDList(arrays.create(users), arrays.create(items));
            NDArray logits = model.getBlock().forward(store, input, false).singletonOrThrow();
            return logits.toType(DataType.FLOAT32, false).toFloatArray();
        }
    }

    /**
     * Writes this trained model as an artifact folder {@link NeuMfRecommender#load} serves: the ids map the
     * dense user and item indices it was trained on back to MovieLens ids.
     */
    public void saveArtifact(Path dir, IdIndex users, IdIndex movies, Map<String, Object> metrics) {
        NeuMfArtifacts.write(dir, this, users, movies, metrics);
    }

    /** The training run's losses, validation scores and throughput; null before {@link #fit}. */
    public TrainingReport report() {
        return report;
    }

    public NeuMfConfig config() {
        return config;
    }

    int numUsers() {
        return numUsers;
    }

    int numItems() {
        return numItems;
    }

    Model djlModel() {
        requireTrained();
        return model;
    }

    NeuMfBlock block() {
        requireTrained();
        return block;
    }

    private void requireTrained() {
        if (model == null) {
            throw new IllegalStateException("NeuMfModel is not trained: call fit(train, validation) first");
        }
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
            model = null;
            block = null;
        }
    }
}
