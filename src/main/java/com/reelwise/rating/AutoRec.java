package com.reelwise.rating;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import com.reelwise.djl.BestEpoch;
import com.reelwise.memory.MemoryInfo;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * I-AutoRec (Sedhain et al. 2015) trained by DJL: an item's ratings by every user go in (0 where unrated), a
 * sigmoid code of {@link AutoRecConfig#hidden} units comes out, and the decoded column holds a predicted rating for
 * every user. The epoch with the lowest validation RMSE is kept. After fitting, the whole item-by-user prediction
 * table is read out once into a float array, and the DJL model is closed: predictions are then array look-ups.
 * An item or user with no training rating gets the training mean.
 */
public final class AutoRec implements RatingModel {

    private final AutoRecConfig config;
    private final boolean bar;
    private float[] table;
    private int numUsers;
    private boolean[] knownUser;
    private boolean[] knownItem;
    private float mean;
    private float min;
    private float max;
    private final List<double[]> curve = new ArrayList<>();
    private int bestEpoch;
    private byte[] parameters;

    public AutoRec(AutoRecConfig config, boolean bar) {
        this.config = config;
        this.bar = bar;
    }

    @Override
    public String name() {
        return "autorec";
    }

    AutoRecConfig config() {
        return config;
    }

    /** Per epoch: {training loss per rating, validation RMSE}. */
    public List<double[]> curve() {
        return curve;
    }

    public int bestEpoch() {
        return bestEpoch;
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        float[] columns = columnsOf(train);
        int numItems = train.numItems();
        Engine.getInstance().setRandomSeed((int) config.seed());
        try (Model model = Model.newInstance("autorec")) {
            SequentialBlock block = block(config, numUsers);
            model.setBlock(block);
            // lambda/2 |W|^2, summed once per epoch, adds lambda * (batch / items) * W to each batch's weight gradient;
            // added by hand to the two weight matrices only (an optimizer's weight decay would also pull the output
            // biases, which hold each user's mean rating, towards 0).
            float decay = config.lambda() * config.batchSize() / (float) Math.max(1, countKnown(knownItem));
            DefaultTrainingConfig training = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(config.learningRate())).build());
            BestEpoch best = new BestEpoch();
            double bestRmse = Double.POSITIVE_INFINITY;
            java.util.Random random = new java.util.Random(config.seed());
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < numItems; i++) {
                if (knownItem[i]) {
                    items.add(i);
                }
            }
            try (Trainer trainer = model.newTrainer(training);
                 ProgressBar progress = bar ? new ProgressBarBuilder().setTaskName("I-AutoRec").setInitialMax(config.epochs())
                         .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" epochs", 1).build() : null) {
                trainer.initialize(new Shape(1, numUsers));
                List<Parameter> weights = new ArrayList<>();
                block.getParameters().forEach(p -> {
                    if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                        weights.add(p.getValue());
                    }
                });
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    java.util.Collections.shuffle(items, random);
                    double lossSum = 0;
                    for (int from = 0; from < items.size(); from += config.batchSize()) {
                        List<Integer> batch = items.subList(from, Math.min(items.size(), from + config.batchSize()));
                        float[] x = new float[batch.size() * numUsers];
                        for (int b = 0; b < batch.size(); b++) {
                            System.arraycopy(columns, batch.get(b) * numUsers, x, b * numUsers, numUsers);
                        }
                        try (NDManager arrays = trainer.getManager().newSubManager()) {
                            NDArray input = arrays.create(x, new Shape(batch.size(), numUsers));
                            NDArray observed = input.neq(0).toType(DataType.FLOAT32, false);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray output = trainer.forward(new NDList(input)).head();
                                NDArray squared = output.sub(input).mul(observed).square().sum();
                                NDArray loss = squared;
                                collector.backward(loss);
                                lossSum += squared.getFloat();
                            }
                            for (Parameter w : weights) {
                                try (NDArray pull = w.getArray().mul(decay)) {
                                    w.getArray().getGradient().addi(pull);
                                }
                            }
                            trainer.step();
                        }
                    }
                    // a refit without validation needs no per-epoch read-out: it keeps its last epoch
                    boolean validating = validation != null && validation.size() > 0;
                    if (validating) {
                        table = predictAll(model, block, columns, numItems);
                    }
                    double rmse = validating ? RatingMetrics.errors(this, validation)[0] : Double.NaN;
                    curve.add(new double[] {lossSum / Math.max(1, train.size()), rmse});
                    if (progress != null) {
                        progress.step();
                        progress.setExtraMessage(String.format(" train MSE %.4f validation RMSE %.4f", lossSum / Math.max(1, train.size()), rmse));
                    }
                    if (Double.isNaN(rmse) || rmse < bestRmse) {
                        bestRmse = Double.isNaN(rmse) ? bestRmse : rmse;
                        bestEpoch = epoch;
                        best.keep(block);
                    } else if (config.patience() > 0 && epoch - bestEpoch >= config.patience()) {
                        break;
                    }
                }
            }
            best.restore(block, model.getNDManager());
            table = predictAll(model, block, columns, numItems);
            parameters = best.bytes();
        }
    }

    /** Takes the probe run's curve and best epoch: a refit for that epoch count reports how it was chosen. */
    void keepCurveOf(AutoRec probe) {
        curve.clear();
        curve.addAll(probe.curve);
        bestEpoch = probe.bestEpoch;
    }

    /** The fitted parameters in DJL's block format, for {@link StarArtifact}. */
    byte[] parameters() {
        return parameters.clone();
    }

    /** The network: {@code hidden} sigmoid units between two linear maps over {@code numUsers}. */
    static SequentialBlock block(AutoRecConfig config, int numUsers) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(config.hidden()).build())
                .add(Activation::sigmoid)
                .add(Linear.builder().setUnits(numUsers).build());
    }

    /** An I-AutoRec from saved parameters: the prediction table is read out once over {@code train}'s columns. */
    static AutoRec restore(AutoRecConfig config, byte[] parameters, RatingData train) {
        AutoRec out = new AutoRec(config, false);
        float[] columns = out.columnsOf(train);
        SequentialBlock block = block(config, out.numUsers);
        try (Model model = Model.newInstance("autorec")) {
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, out.numUsers));
            BestEpoch.of(parameters).restore(block, model.getNDManager());
            out.table = out.predictAll(model, block, columns, train.numItems());
        }
        out.parameters = parameters.clone();
        return out;
    }

    /** Sets the scale, the mean and who is known from {@code train}; returns its item-major columns. */
    private float[] columnsOf(RatingData train) {
        numUsers = train.numUsers();
        mean = (float) train.mean();
        float[] scale = train.scale();
        min = scale[0];
        max = scale[1];
        AutoRecMemory.refuseIfTooLarge(train.numItems(), numUsers, MemoryInfo.freeHeapBytes(), MemoryInfo.uncommittedHeapBytes(),
                MemoryInfo.availableBytes());
        knownUser = new boolean[numUsers];
        knownItem = new boolean[train.numItems()];
        float[] columns = new float[train.numItems() * numUsers];
        for (int k = 0; k < train.size(); k++) {
            columns[train.items()[k] * numUsers + train.users()[k]] = train.stars()[k];
            knownUser[train.users()[k]] = true;
            knownItem[train.items()[k]] = true;
        }
        return columns;
    }

    private static int countKnown(boolean[] known) {
        int n = 0;
        for (boolean k : known) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /** The decoded column of every item, item by item, as one item-major array. */
    private float[] predictAll(Model model, SequentialBlock block, float[] columns, int numItems) {
        try (NDManager arrays = model.getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(arrays, false);
            NDArray input = arrays.create(columns, new Shape(numItems, numUsers));
            return block.forward(store, new NDList(input), false).head().toFloatArray();
        }
    }

    @Override
    public float predict(int user, int item) {
        if (user >= knownUser.length || item >= knownItem.length || !knownUser[user] || !knownItem[item]) {
            return mean;
        }
        return Math.max(min, Math.min(max, table[item * numUsers + user]));
    }
}
