package com.reelwise.sequence;

import com.reelwise.progress.TrainingReport;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import com.reelwise.djl.BestEpoch;
import com.reelwise.progress.TrainingProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The SASRec training loop: every position of every history window is a next-film example; batches are
 * built straight from int arrays; full softmax cross-entropy over the catalog (or gBCE over sampled films);
 * Adam; the best validation epoch is kept, and training stops after {@code patience} epochs without one.
 */
final class SasRecTrainer {

    /** Batches per length-sorted pool: less padding, still random batches. */
    private static final int BUCKET = 8;

    private final SasRecConfig config;
    private final Model model;
    private final SasRecBlock block;
    private final boolean showBar;
    private final TrainingProgress progress;

    SasRecTrainer(SasRecConfig config, Model model, SasRecBlock block, boolean showBar, TrainingProgress progress) {
        this.config = config;
        this.model = model;
        this.block = block;
        this.showBar = showBar;
        this.progress = progress;
    }

    TrainingReport train(int[][] histories, EpochValidator validator, SasRecModel self) {
        long start = System.nanoTime();
        Random random = new Random(config.seed());
        Engine.getInstance().setRandomSeed((int) config.seed());
        TrainingWindows windows = TrainingWindows.of(histories, config.maxLength(), config.shortCrops(), config.cropLength(), config.seed());
        if (windows.size() == 0) {
            throw new IllegalArgumentException("No history has two films: nothing to learn the next film from");
        }
        DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Adam.builder().optBeta1(0.9f).optBeta2(0.98f)
                        .optLearningRateTracker(Tracker.fixed(config.learningRate())).build());
        List<TrainingReport.Epoch> epochs = new ArrayList<>();
        BestEpoch best = new BestEpoch();
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        long samples = 0;
        long trainNanos = 0;
        try (Trainer trainer = model.newTrainer(trainingConfig)) {
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                List<int[]> batches = windows.batches(config.batchSize(), BUCKET, random);
                double loss = runEpoch(trainer, windows, batches, epoch, random);
                trainNanos += System.nanoTime() - epochStart;
                samples += windows.positions();
                double score = validator == null ? Double.NaN : validator.score(self);
                epochs.add(new TrainingReport.Epoch(epoch, loss, score, (System.nanoTime() - epochStart) / 1e9));
                progress.update((double) epoch / config.epochs(), "sequential model epoch " + epoch + " of at most " + config.epochs()
                        + (validator == null ? "" : String.format(", validation %.4f", score)));
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
        return new TrainingReport(epochs, bestEpoch, validator == null ? Double.NaN : bestScore,
                validator == null ? "none (last epoch kept)" : validator.name(), samples, trainNanos / 1e9, (System.nanoTime() - start) / 1e9);
    }

    private double runEpoch(Trainer trainer, TrainingWindows windows, List<int[]> batches, int epoch, Random random) {
        double lossSum = 0;
        long seen = 0;
        try (ProgressBar bar = showBar ? bar(epoch, batches.size()) : null) {
            for (int[] batch : batches) {
                List<int[]> inputs = new ArrayList<>(batch.length);
                List<int[]> targets = new ArrayList<>(batch.length);
                int width = 0;
                for (int w : batch) {
                    inputs.add(windows.inputs().get(w));
                    targets.add(windows.targets().get(w));
                    width = Math.max(width, windows.inputs().get(w).length);
                }
                int[] x = TrainingWindows.leftPadded(inputs, width);
                int[] y = TrainingWindows.leftPadded(targets, width);
                int kept = 0;
                for (int v : y) {
                    kept += v > 0 ? 1 : 0;
                }
                int[] labels = new int[kept];
                boolean[] keep = new boolean[y.length];
                for (int i = 0, k = 0; i < y.length; i++) {
                    if (y[i] > 0) {
                        keep[i] = true;
                        labels[k++] = y[i];
                    }
                }
                // Every array of this step lives in the sub-manager and is freed at once.
                try (NDManager arrays = trainer.getManager().newSubManager()) {
                    NDArray histories = arrays.create(x, new Shape(batch.length, width));
                    NDArray mask = arrays.create(keep, new Shape(batch.length, width));
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray loss = config.loss().equals(SasRecConfig.GBCE)
                                ? gbce(trainer, arrays, histories, mask, labels, random)
                                : crossEntropy(trainer, arrays, histories, mask, labels);
                        collector.backward(loss);
                        lossSum += loss.getFloat() * kept;
                    }
                    trainer.step();
                }
                seen += kept;
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(String.format(" loss %.4f", lossSum / seen));
                }
            }
        }
        return lossSum / Math.max(1, seen);
    }

    private NDArray crossEntropy(Trainer trainer, NDManager arrays, NDArray histories, NDArray mask, int[] labels) {
        NDArray logits = trainer.forward(new NDList(histories, mask)).head();
        NDArray target = arrays.create(labels).toType(DataType.INT64, false).expandDims(1);
        // -log softmax at the true film, averaged over positions
        return logits.logSoftmax(1).gather(target, 1).neg().mean();
    }

    /**
     * gSASRec's generalised BCE (Petrov and Macdonald 2023): the true film against {@code negatives} films
     * drawn uniformly, with the positive term's exponent beta calibrating the sampled probabilities.
     */
    private NDArray gbce(Trainer trainer, NDManager arrays, NDArray histories, NDArray mask, int[] labels, Random random) {
        int k = config.negatives();
        int n = block.numItems();
        int[] candidates = new int[labels.length * (1 + k)];
        for (int i = 0; i < labels.length; i++) {
            candidates[i * (1 + k)] = labels[i];
            for (int j = 1; j <= k; j++) {
                candidates[i * (1 + k) + j] = 1 + random.nextInt(n);
            }
        }
        NDArray logits = trainer.forward(new NDList(histories, mask, arrays.create(candidates, new Shape(labels.length, 1 + k)))).head();
        double alpha = (double) k / (n - 1);
        double beta = alpha * (config.gbceT() * (1 - 1 / alpha) + 1 / alpha);
        NDArray positive = logits.get(":, 0");
        NDArray negative = logits.get(":, 1:");
        // -beta * log sigmoid(s+) + sum log(1 + exp(s-))
        NDArray positiveTerm = Activation.softPlus(positive.neg()).mul(beta);
        NDArray negativeTerm = Activation.softPlus(negative).sum(new int[] {1});
        return positiveTerm.add(negativeTerm).mean();
    }

    private static ProgressBar bar(int epoch, int batches) {
        return new ProgressBarBuilder().setTaskName("Sequential model epoch " + epoch).setInitialMax(batches)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" batches", 1).build();
    }
}
