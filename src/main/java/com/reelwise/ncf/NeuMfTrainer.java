package com.reelwise.ncf;

import com.reelwise.progress.TrainingReport;
import com.reelwise.djl.BestEpoch;
import com.reelwise.progress.TrainingProgress;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.tracker.Tracker;
import com.reelwise.djl.InPlaceAdam;
import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The NeuMF training loop: negatives resampled every epoch, batches built straight from int
 * arrays (no Dataset/Record/Batchifier per sample), BCE on logits, Adam, best epoch kept.
 */
final class NeuMfTrainer {

    private final NeuMfConfig config;
    private final Model model;
    private final NeuMfBlock block;
    private final boolean progress;
    private final TrainingProgress listener;

    NeuMfTrainer(NeuMfConfig config, Model model, NeuMfBlock block, boolean progress, TrainingProgress listener) {
        this.config = config;
        this.model = model;
        this.block = block;
        this.progress = progress;
        this.listener = listener;
    }

    /** Epoch samples: parallel user/item/label arrays, already shuffled. */
    record Samples(int[] users, int[] items, float[] labels) {
        int size() {
            return users.length;
        }
    }

    TrainingReport train(Interactions train, EpochValidator validator, RankingModel self) {
        long start = System.nanoTime();
        Random random = new Random(config.seed());
        Engine.getInstance().setRandomSeed((int) config.seed());
        DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                .optOptimizer(InPlaceAdam.builder()
                        .optLazyRows(config.lazyEmbeddings() ? block.embeddingIds()::contains : id -> false)
                        .optLearningRateTracker(Tracker.fixed(config.learningRate()))
                        .optWeightDecays(config.l2())
                        .build());
        List<TrainingReport.Epoch> epochs = new ArrayList<>();
        BestEpoch best = new BestEpoch();
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = config.epochs();
        long samplesSeen = 0;
        long trainNanos = 0;
        try (Trainer trainer = model.newTrainer(trainingConfig)) {
            trainer.initialize(NeuMfBlock.inputShapes(config.batchSize()));
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                Samples samples = sample(train, config.negatives(), random);
                long t0 = System.nanoTime();
                double loss = runEpoch(trainer, samples, epoch);
                trainNanos += System.nanoTime() - t0;
                samplesSeen += samples.size();
                double score = validator == null ? Double.NaN : validator.score(self);
                epochs.add(new TrainingReport.Epoch(epoch, loss, score, (System.nanoTime() - epochStart) / 1e9));
                listener.update((double) epoch / config.epochs(), "NeuMF epoch " + epoch + " of " + config.epochs());
                if (validator != null && score > bestScore) {
                    bestScore = score;
                    bestEpoch = epoch;
                    best.keep(block);
                }
            }
        }
        if (bestEpoch != config.epochs()) {
            best.restore(block, model.getNDManager());
        }
        return new TrainingReport(epochs, bestEpoch, validator == null ? Double.NaN : bestScore,
                validator == null ? "none (last epoch kept)" : "the epoch validator's score (default: sampled HR@10 of the held-out films)", samplesSeen,
                trainNanos / 1e9, (System.nanoTime() - start) / 1e9);
    }

    /** One positive plus {@code negatives} items the user has not interacted with in train, per positive; shuffled. */
    static Samples sample(Interactions train, int negatives, Random random) {
        int numItems = train.numItems();
        int total = 0;
        for (int u = 0; u < train.numUsers(); u++) {
            if (train.countOf(u) < numItems) {
                total += train.countOf(u) * (1 + negatives);
            }
        }
        int[] users = new int[total];
        int[] items = new int[total];
        float[] labels = new float[total];
        int p = 0;
        for (int u = 0; u < train.numUsers(); u++) {
            if (train.countOf(u) >= numItems) {
                continue; // nothing left to sample as negative
            }
            for (int item : train.itemsOf(u)) {
                users[p] = u;
                items[p] = item;
                labels[p++] = 1f;
                for (int n = 0; n < negatives; n++) {
                    int j;
                    do {
                        j = random.nextInt(numItems);
                    } while (train.contains(u, j));
                    users[p] = u;
                    items[p++] = j;
                }
            }
        }
        for (int i = total - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            swap(users, i, k);
            swap(items, i, k);
            float label = labels[i];
            labels[i] = labels[k];
            labels[k] = label;
        }
        return new Samples(users, items, labels);
    }

    private double runEpoch(Trainer trainer, Samples samples, int epoch) {
        int batch = config.batchSize();
        int batches = (samples.size() + batch - 1) / batch;
        double lossSum = 0;
        int[] u = new int[batch];
        int[] i = new int[batch];
        float[] y = new float[batch];
        try (ProgressBar bar = progress ? progressBar(epoch, batches) : null) {
            IntConsumer tick = bar == null ? b -> { } : b -> bar.step();
            for (int b = 0; b < batches; b++) {
                int from = b * batch;
                int n = Math.min(batch, samples.size() - from);
                if (n != batch) {
                    u = new int[n];
                    i = new int[n];
                    y = new float[n];
                }
                System.arraycopy(samples.users(), from, u, 0, n);
                System.arraycopy(samples.items(), from, i, 0, n);
                System.arraycopy(samples.labels(), from, y, 0, n);
                // Every array of this step lives in the sub-manager and is freed at once.
                try (NDManager arrays = trainer.getManager().newSubManager()) {
                    NDArray users = arrays.create(u);
                    NDArray items = arrays.create(i);
                    NDArray labels = arrays.create(y);
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDList logits = trainer.forward(new NDList(users, items));
                        NDArray loss = trainer.getLoss().evaluate(new NDList(labels), logits);
                        collector.backward(loss);
                        lossSum += loss.getFloat() * n;
                    }
                    trainer.step();
                }
                tick.accept(b);
                if (bar != null && (b & 63) == 0) {
                    bar.setExtraMessage(String.format(" loss %.4f", lossSum / (from + n)));
                }
            }
        }
        return lossSum / samples.size();
    }

    private static ProgressBar progressBar(int epoch, int batches) {
        return new ProgressBarBuilder().setTaskName("NeuMF epoch " + epoch).setInitialMax(batches)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" batches", 1).build();
    }

    private static void swap(int[] a, int i, int k) {
        int t = a[i];
        a[i] = a[k];
        a[k] = t;
    }
}
