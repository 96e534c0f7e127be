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
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
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
