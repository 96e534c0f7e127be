package com.reelwise.sequence;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import com.reelwise.djl.BestEpoch;
import com.reelwise.djl.ManagedArrays;
import com.reelwise.djl.UnitRows;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The taste autoencoder over films 0..n-1: learns from whole histories which films go together, and scores
 * every film for any history (a new person's picks included) in one forward pass, recent films weighted most.
 * Thread-safe for scoring once trained. Holds native memory: close it.
 */
public final class DaeModel implements HistoryModel {

    static final String NAME = "dae";

    private final DaeConfig config;
    private final Model model;
    private final DaeBlock block;
    private TrainingReport report;
    /** Serving's copy of the weights, made at the first request after training or loading. */
    private volatile DaeWeights serving;

    private DaeModel(DaeConfig config, Model model, DaeBlock block) {
        this.config = config;
        this.model = model;
        this.block = block;
    }

    /** A freshly initialised network for {@code numItems} films, seeded by the config. */
    public static DaeModel untrained(DaeConfig config, int numItems) {
        Engine.getInstance().setRandomSeed((int) config.seed());
        Model model = Model.newInstance(NAME);
        DaeBlock block = DaeBlock.create(config, numItems);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, numItems));
        return new DaeModel(config, model, block);
    }

    static DaeModel loaded(DaeConfig config, Model model) {
        return new DaeModel(config, model, (DaeBlock) model.getBlock());
    }

    public DaeConfig config() {
        return config;
    }

    @Override
    public int numItems() {
        return block.numItems();
    }

    /** The report of the last {@link #fit}, or null. */
    @Override
    public TrainingReport report() {
        return report;
    }

    /**
     * Trains on {@code histories} (per person, 0-based films in time order); keeps the epoch {@code validator}
     * scores best and stops after {@code patience} epochs without a better one.
     */
    @Override
    public TrainingReport fit(int[][] histories, EpochValidator validator, boolean bar, TrainingProgress progress) {
        long start = System.nanoTime();
        serving = null;
        Random random = new Random(config.seed());
        Engine.getInstance().setRandomSeed((int) config.seed());
        List<Integer> people = new ArrayList<>();
        for (int u = 0; u < histories.length; u++) {
            if (histories[u].length > 0) {
                people.add(u);
            }
        }
        DefaultTrainingConfig training = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(config.learningRate())).optWeightDecays(config.l2()).build());
        List<TrainingReport.Epoch> epochs = new ArrayList<>();
        BestEpoch best = new BestEpoch();
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        long samples = 0;
        long trainNanos = 0;
        int n = block.numItems();
        try (Trainer trainer = model.newTrainer(training);
             ProgressBar progressBar = bar ? new ProgressBarBuilder().setTaskName("Taste autoencoder").setInitialMax(config.epochs())
                     .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" epochs", 1).build() : null) {
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                java.util.Collections.shuffle(people, random);
                double lossSum = 0;
                for (int from = 0; from < people.size(); from += config.batchSize()) {
                    List<Integer> batch = people.subList(from, Math.min(people.size(), from + config.batchSize()));
                    float[] x = new float[batch.size() * n];
                    for (int b = 0; b < batch.size(); b++) {
                        for (int item : histories[batch.get(b)]) {
                            x[b * n + item] = 1f;
                        }
                    }
                    try (NDManager arrays = trainer.getManager().newSubManager()) {
                        NDArray input = arrays.create(x, new Shape(batch.size(), n));
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray logits = trainer.forward(new NDList(input)).head();
                            // multinomial likelihood: -sum over the person's films of log softmax, averaged over people
                            NDArray loss = logits.logSoftmax(1).mul(input).sum(new int[] {1}).neg().mean();
                            collector.backward(loss);
                            lossSum += loss.getFloat() * batch.size();
                        }
                        trainer.step();
                    }
                }
                trainNanos += System.nanoTime() - epochStart;
                samples += people.size();
                double score = validator == null ? Double.NaN : validator.score(this);
                double loss = lossSum / Math.max(1, people.size());
                epochs.add(new TrainingReport.Epoch(epoch, loss, score, (System.nanoTime() - epochStart) / 1e9));
                progress.update((double) epoch / config.epochs(), "taste autoencoder epoch " + epoch + " of at most " + config.epochs());
                if (progressBar != null) {
                    progressBar.step();
                    progressBar.setExtraMessage(String.format(" loss %.2f validation %.4f", loss, score));
                }
                if (validator == null || score > bestScore) {
                    bestScore = score;
                    bestEpoch = epoch;
                    if (validator != null) {
                        best.keep(block);
                    }
                } else if (config.patience() > 0 && epoch - bestEpoch >= config.patience()) {
                    break;
                }
            }
        }
        if (bestEpoch != epochs.size()) {
            best.restore(block, model.getNDManager());
        }
        report = new TrainingReport(epochs, bestEpoch, validator == null ? Double.NaN : bestScore,
                validator == null ? "none (last epoch kept)" : validator.name(), samples, trainNanos / 1e9, (System.nanoTime() - start) / 1e9);
        return report;
    }

    /** Scores every film after each history; film k places before the latest weighs {@code recency^k}. */
    @Override
    public float[][] logits(int[][] histories) {
        int n = block.numItems();
        float[] x = new float[histories.length * n];
        for (int b = 0; b < histories.length; b++) {
            int offset = b * n;
            recencyWeights(histories[b]).forEach((film, w) -> x[offset + film] = w);
        }
        float[] flat;
        try (NDManager arrays = model.getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(arrays, false);
            flat = block.forward(store, new NDList(arrays.create(x, new Shape(histories.length, n))), false).head().toFloatArray();
        }
        float[][] out = new float[histories.length][];
        for (int b = 0; b < histories.length; b++) {
            out[b] = java.util.Arrays.copyOfRange(flat, b * n, (b + 1) * n);
        }
        return out;
    }

    /**
     * As {@link #logits}, from plain float arrays: the sparse history reads only its films' encoder columns, and
     * {@code items} (null: every film) are the only outputs computed. Equal to the network's forward pass up to
     * the order of float additions (tested).
     */
    @Override
    public float[][] logitsAt(int[][] histories, int[] items) {
        DaeWeights weights = serving;
        if (weights == null) {
            weights = new DaeWeights(block, config);
            serving = weights;
        }
        int[][] films = new int[histories.length][];
        float[][] inputs = new float[histories.length][];
        for (int b = 0; b < histories.length; b++) {
            java.util.Map<Integer, Float> row = recencyWeights(histories[b]);
            films[b] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            inputs[b] = new float[films[b].length];
            int k = 0;
            for (float v : row.values()) {
                inputs[b][k++] = v;
            }
        }
        return weights.logits(films, inputs, items);
    }

    /**
     * A history's input row, sparse: the film k places before the latest weighs {@code recency^k}, a film seen
     * twice its larger weight. The one owner of the rule for both forward passes.
     */
    private java.util.Map<Integer, Float> recencyWeights(int[] history) {
        java.util.Map<Integer, Float> row = new java.util.LinkedHashMap<>();
        float w = 1f;
        for (int k = history.length - 1; k >= 0; k--) {
            row.merge(history[k], w, Math::max);
            w *= config.recency();
        }
        return row;
    }

    /** Each film's output-layer weight row, unit length: films the code decodes alike lie close. */
    @Override
    public float[][] itemVectors() {
        float[] weight = block.output().getParameters().get("weight").getArray().toFloatArray();
        return UnitRows.of(weight, 0, block.numItems(), config.hidden());
    }

    Model djlModel() {
        return model;
    }

    @Override
    public int managedArrayCount() {
        return ManagedArrays.count(model);
    }

    @Override
    public void close() {
        model.close();
    }
}
