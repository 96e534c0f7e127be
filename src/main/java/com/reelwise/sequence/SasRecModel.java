package com.reelwise.sequence;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.reelwise.djl.ManagedArrays;
import com.reelwise.djl.UnitRows;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import java.util.Arrays;

/**
 * A SASRec network over films numbered 0..n-1 (dense indices): trains on time-ordered histories and
 * scores every film as the next one after a history. Thread-safe for concurrent scoring once trained.
 * Holds native memory: close it.
 */
public final class SasRecModel implements HistoryModel {

    static final String NAME = "sasrec";

    private final SasRecConfig config;
    private final Model model;
    private final SasRecBlock block;
    private TrainingReport report;
    /** Serving's copy of the weights, made at the first request after training or loading. */
    private volatile SasRecWeights serving;

    private SasRecModel(SasRecConfig config, Model model, SasRecBlock block) {
        this.config = config;
        this.model = model;
        this.block = block;
    }

    /** A freshly initialised network for {@code numItems} films, seeded by the config. */
    public static SasRecModel untrained(SasRecConfig config, int numItems) {
        ai.djl.engine.Engine.getInstance().setRandomSeed((int) config.seed());
        Model model = Model.newInstance(NAME);
        SasRecBlock block = SasRecBlock.create(config, numItems);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, config.maxLength()));
        return new SasRecModel(config, model, block);
    }

    /** Wraps a network whose parameters were just loaded into {@code model}. */
    static SasRecModel loaded(SasRecConfig config, Model model) {
        return new SasRecModel(config, model, (SasRecBlock) model.getBlock());
    }

    /**
     * Trains on {@code histories} (per person, 0-based films in time order); keeps the epoch that
     * {@code validator} scores best (the last epoch without one).
     *
     * @param bar show a terminal progress bar with loss and ETA
     */
    @Override
    public TrainingReport fit(int[][] histories, EpochValidator validator, boolean bar, TrainingProgress progress) {
        serving = null;
        report = new SasRecTrainer(config, model, block, bar, progress).train(histories, validator, this);
        serving = null;
        return report;
    }

    /** The report of the last {@link #fit}, or null. */
    @Override
    public TrainingReport report() {
        return report;
    }

    public SasRecConfig config() {
        return config;
    }

    @Override
    public int numItems() {
        return block.numItems();
    }

    /**
     * Logits of every film as the next one, per history (0-based films in time order, latest last; only the
     * latest {@code maxLength} are read). Row b, column i is film i's logit after history b.
     */
    @Override
    public float[][] logits(int[][] histories) {
        int width = 1;
        for (int[] h : histories) {
            width = Math.max(width, Math.min(h.length, config.maxLength()));
        }
        int[] padded = new int[histories.length * width];
        for (int b = 0; b < histories.length; b++) {
            int[] h = histories[b];
            int take = Math.min(width, h.length);
            for (int k = 0; k < take; k++) {
                padded[b * width + width - take + k] = h[h.length - take + k] + 1;
            }
        }
        int n = block.numItems();
        float[] flat;
        try (NDManager arrays = model.getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(arrays, false);
            NDArray input = arrays.create(padded, new Shape(histories.length, width));
            flat = block.forward(store, new NDList(input), false).head().toFloatArray();
        }
        float[][] out = new float[histories.length][];
        for (int b = 0; b < histories.length; b++) {
            // column 0 is padding
            out[b] = Arrays.copyOfRange(flat, b * (n + 1) + 1, (b + 1) * (n + 1));
        }
        return out;
    }

    /**
     * As {@link #logits}, from plain float arrays, each history at its own length and only at {@code items}
     * (null: every film). Equal to the network's forward pass up to the order of float additions (tested).
     */
    @Override
    public float[][] logitsAt(int[][] histories, int[] items) {
        SasRecWeights weights = serving;
        if (weights == null) {
            weights = new SasRecWeights(block, config);
            serving = weights;
        }
        return weights.logits(histories, items);
    }

    /** Each film's embedding (the table the output layer shares), unit length, by 0-based film index. */
    @Override
    public float[][] itemVectors() {
        float[] table = block.getParameters().get(SasRecBlock.ITEMS).getArray().toFloatArray();
        // row 0 is padding
        return UnitRows.of(table, 1, block.numItems(), config.hidden());
    }

    Model djlModel() {
        return model;
    }

    SasRecBlock block() {
        return block;
    }

    /** NDArrays still attached to the model's manager: grows only if per-call arrays leak. */
    @Override
    public int managedArrayCount() {
        return ManagedArrays.count(model);
    }

    @Override
    public void close() {
        model.close();
    }
}
