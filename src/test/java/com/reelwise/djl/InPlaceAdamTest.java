package com.reelwise.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class InPlaceAdamTest {

    @Test
    void trainsTheWeightsDjlsAdamTrainsToRounding() {
        List<float[]> djl = train(Adam.builder().optLearningRateTracker(Tracker.fixed(0.01f)).optWeightDecays(1e-3f).build());
        List<float[]> inPlace = train(InPlaceAdam.builder().optLearningRateTracker(Tracker.fixed(0.01f)).optWeightDecays(1e-3f).build());
        List<float[]> untrained = train(null);
        assertThat(inPlace).hasSameSizeAs(djl);
        double largestMove = 0;
        for (int k = 0; k < djl.size(); k++) {
            float[] a = djl.get(k);
            float[] b = inPlace.get(k);
            float[] start = untrained.get(k);
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).as("parameter %d value %d", k, i).isCloseTo(a[i], Offset.offset(1e-5f));
                largestMove = Math.max(largestMove, Math.abs(a[i] - start[i]));
            }
        }
        // 20 steps at 0.01 move some weight by about 0.2: a comparison of two untrained nets would pass the check above
        assertThat(largestMove).isGreaterThan(0.05);
    }

    @Test
    void refusesATensorItCannotUpdateInPlace() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.ones(new Shape(3), DataType.FLOAT64);
            NDArray grad = manager.ones(new Shape(3), DataType.FLOAT64);
            Optimizer adam = InPlaceAdam.builder().build();
            assertThatThrownBy(() -> adam.update("w", weight, grad)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("dense CPU tensors");
        }
    }

    @Test
    void lazyRowsSkipWhatTheBatchLeavesOutAndUpdateTheRestAsDenseAdam() {
        float[][] dense = embeddingSteps(InPlaceAdam.builder().optLearningRateTracker(Tracker.fixed(0.1f)).build());
        float[][] lazy = embeddingSteps(InPlaceAdam.builder().optLearningRateTracker(Tracker.fixed(0.1f))
                .optLazyRows("table"::equals).build());
        // rows 0 and 1 are in every batch: the same update either way
        for (int row = 0; row < 2; row++) {
            for (int c = 0; c < 3; c++) {
                assertThat(lazy[2][row * 3 + c]).isCloseTo(dense[2][row * 3 + c], Offset.offset(1e-6f));
            }
        }
        // rows 2 and 3 only in the first: lazily they keep the first step's values, densely momentum moves them on
        for (int i = 6; i < 12; i++) {
            assertThat(lazy[2][i]).isEqualTo(lazy[0][i]);
            assertThat(dense[2][i]).isNotCloseTo(dense[0][i], Offset.offset(1e-3f));
        }
        assertThat(lazy[0]).isEqualTo(dense[0]);
        assertThat(lazy[1]).containsOnly(0f);
    }

    /**
     * Three steps on a 4 x 3 table: the first batch holds every row, the next two rows 0 and 1 only. The table after the
     * first step, the table's own gradient after the last, and the table after the last.
     */
    private static float[][] embeddingSteps(Optimizer optimizer) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray table = manager.create(new float[] {0.1f, -0.2f, 0.3f, 0.4f, 0.5f, -0.6f, 0.7f, 0.8f, 0.9f, -1.0f, 1.1f, 1.2f},
                    new Shape(4, 3));
            table.setRequiresGradient(true);
            float[] afterFirst = null;
            long[][] batches = {{0, 1, 2, 3, 1}, {0, 1, 1}, {1, 0}};
            for (long[] batch : batches) {
                try (NDManager step = manager.newSubManager()) {
                    NDArray rows = step.create(batch);
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray looked = Embedding.embedding(rows, table, SparseFormat.DENSE).singletonOrThrow();
                        collector.backward(looked.mul(looked).sum());
                    }
                    try (NDArray grad = table.getGradient()) {
                        optimizer.update("table", table, grad.duplicate());
                    }
                }
                if (afterFirst == null) {
                    afterFirst = table.toFloatArray();
                }
            }
            try (NDArray grad = table.getGradient()) {
                return new float[][] {afterFirst, grad.toFloatArray(), table.toFloatArray()};
            }
        }
    }

    /** 20 steps of a small regression net with the optimizer (none: the initial weights); each parameter's values after. */
    private static List<float[]> train(Optimizer optimizer) {
        Block block = new SequentialBlock().add(Linear.builder().setUnits(16).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(1).build());
        try (Model model = Model.newInstance("adam-check")) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optInitializer(new NormalInitializer(0.1f), Parameter.Type.WEIGHT)
                    .optOptimizer(optimizer == null ? Adam.builder().build() : optimizer);
            try (Trainer trainer = model.newTrainer(config)) {
                Engine.getInstance().setRandomSeed(11);
                trainer.initialize(new Shape(32, 8));
                NDManager m = trainer.getManager();
                Random random = new Random(5);
                for (int step = 0; optimizer != null && step < 20; step++) {
                    try (NDManager batch = m.newSubManager()) {
                        float[] x = new float[32 * 8];
                        float[] y = new float[32];
                        for (int i = 0; i < x.length; i++) {
                            x[i] = (float) random.nextGaussian();
                        }
                        for (int r = 0; r < 32; r++) {
                            y[r] = x[r * 8] - 0.5f * x[r * 8 + 3];
                        }
                        NDArray input = batch.create(x, new Shape(32, 8));
                        NDArray label = batch.create(y, new Shape(32, 1));
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray loss = trainer.getLoss().evaluate(new NDList(label), trainer.forward(new NDList(input)));
                            collector.backward(loss);
                        }
                        trainer.step();
                    }
                }
                List<float[]> out = new ArrayList<>();
                for (Pair<String, Parameter> p : block.getParameters()) {
                    out.add(p.getValue().getArray().toFloatArray());
                }
                return out;
            }
        }
    }
}
