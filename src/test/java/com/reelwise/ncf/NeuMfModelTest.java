package com.reelwise.ncf;

import com.reelwise.progress.TrainingReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeuMfModelTest {

    @Test
    void blockMapsUserItemPairsToOneLogitEach() {
        NeuMfConfig config = NeuMfConfig.defaults();
        try (Model model = Model.newInstance("shape")) {
            NeuMfBlock block = NeuMfBlock.create(config, 30, 50);
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, NeuMfBlock.inputShapes(5));
            try (NDManager arrays = model.getNDManager().newSubManager()) {
                NDList out = block.forward(new ParameterStore(arrays, false),
                        new NDList(arrays.create(new int[] {0, 1, 2, 29, 7}), arrays.create(new int[] {0, 49, 3, 4, 5})), false);
                assertThat(out.singletonOrThrow().getShape()).isEqualTo(new Shape(5, 1));
            }
            assertThat(block.getOutputShapes(NeuMfBlock.inputShapes(7))[0]).isEqualTo(new Shape(7, 1));
            assertThat(block.table(NeuMfBlock.GMF_USER).getArray().getShape()).isEqualTo(new Shape(30, 8));
            assertThat(block.table(NeuMfBlock.MLP_ITEM).getArray().getShape()).isEqualTo(new Shape(50, 32));
        }
    }

    @Test
    void trainingLowersTheLossAndBeatsRandomRanking() {
        SyntheticData data = SyntheticData.generate(1);
        try (NeuMfModel model = new NeuMfModel(SyntheticData.tinyConfig())) {
            model.fit(data.train, data.validation);
            List<TrainingReport.Epoch> epochs = model.report().epochs();
            assertThat(epochs).hasSize(15);
            assertThat(epochs.get(epochs.size() - 1).loss()).isLessThan(epochs.get(0).loss() * 0.8);
            // Random ranking of the held-out item among 47 others: HR@10 about 10/48.
            double hr = SampledRanking.draw(data.train, data.validation, 99, 5).evaluate(model, 10).hitRate();
            assertThat(hr).isGreaterThan(0.5);
            assertThat(model.report().bestValidation()).isGreaterThan(0.5);
        }
    }

    @Test
    void sameSeedGivesSameMetricsAndScores() {
        SyntheticData data = SyntheticData.generate(2);
        NeuMfConfig config = SyntheticData.tinyConfig().withEpochs(4);
        float[] first = new float[SyntheticData.numItems()];
        float[] second = new float[SyntheticData.numItems()];
        TrainingReport a;
        TrainingReport b;
        try (NeuMfModel model = new NeuMfModel(config)) {
            model.fit(data.train, data.validation);
            a = model.report();
            model.scores(3, first);
        }
        try (NeuMfModel model = new NeuMfModel(config)) {
            model.fit(data.train, data.validation);
            b = model.report();
            model.scores(3, second);
        }
        assertThat(b.epochs().stream().map(TrainingReport.Epoch::loss).toList())
                .isEqualTo(a.epochs().stream().map(TrainingReport.Epoch::loss).toList());
        assertThat(b.bestValidation()).isEqualTo(a.bestValidation());
        assertThat(second).containsExactly(first);
    }

    @Test
    void customValidatorPicksTheEpochKept() {
        SyntheticData data = SyntheticData.generate(3);
        int[] calls = {0};
        // Prefers the first epoch: the model must come back to epoch 1's parameters.
        EpochValidator firstEpochBest = m -> -(++calls[0]);
        try (NeuMfModel model = new NeuMfModel(SyntheticData.tinyConfig().withEpochs(3), firstEpochBest)) {
            model.fit(data.train, Interactions.of(data.train.numUsers(), data.train.numItems(), new int[0], new int[0]));
            assertThat(calls[0]).isEqualTo(3);
            assertThat(model.report().bestEpoch()).isEqualTo(1);
        }
    }

    @Test
    void pairsPastOnePassAreScoredInChunksWithTheSameLogits() {
        SyntheticData data = SyntheticData.generate(4);
        try (NeuMfModel model = new NeuMfModel(SyntheticData.tinyConfig().withEpochs(1))) {
            model.fit(data.train, data.validation);
            int users = data.train.numUsers();
            int items = data.train.numItems();
            float[][] byUser = new float[users][items];
            for (int u = 0; u < users; u++) {
                model.scores(u, byUser[u]);
            }
            int n = NeuMfModel.PAIRS_PER_PASS + 1_001;
            int[] u = new int[n];
            int[] i = new int[n];
            java.util.Random random = new java.util.Random(7);
            for (int k = 0; k < n; k++) {
                u[k] = random.nextInt(users);
                i[k] = random.nextInt(items);
            }
            float[] logits = model.scorePairs(u, i);
            assertThat(logits).hasSize(n);
            for (int k = 0; k < n; k += 997) {
                assertThat(logits[k]).isCloseTo(byUser[u[k]][i[k]], org.assertj.core.api.Assertions.within(1e-5f));
            }
            assertThat(logits[n - 1]).isCloseTo(byUser[u[n - 1]][i[n - 1]], org.assertj.core.api.Assertions.within(1e-5f));
        }
    }

    @Test
    void sampledRankingGivesTheSameResultThroughTheGenericFullCataloguePath() {
        SyntheticData data = SyntheticData.generate(4);
        try (NeuMfModel model = new NeuMfModel(SyntheticData.tinyConfig().withEpochs(5))) {
            model.fit(data.train, data.validation);
            SampledRanking ranking = SampledRanking.draw(data.train, data.validation, 30, 9);
            // A plain RankingModel view hides the NeuMF fast path, forcing scores(user, out) per case.
            RankingModel generic = new RankingModel() {
                @Override
                public String name() {
                    return "wrapped";
                }

                @Override
                public void fit(Interactions train, Interactions validation) {
                }

                @Override
                public void scores(int user, float[] out) {
                    model.scores(user, out);
                }
            };
            SampledRanking.Result fast = ranking.evaluate(model, 10);
            SampledRanking.Result full = ranking.evaluate(generic, 10);
            assertThat(full.cases()).isEqualTo(SyntheticData.GROUPS * SyntheticData.USERS_PER_GROUP);
            assertThat(full.hitRate()).isEqualTo(fast.hitRate());
            assertThat(full.ndcg()).isCloseTo(fast.ndcg(), org.assertj.core.api.Assertions.within(1e-3));
        }
    }

    @Test
    void lazyEmbeddingRowsTrainItToo() {
        SyntheticData data = SyntheticData.generate(1);
        double denseLoss;
        try (NeuMfModel dense = new NeuMfModel(SyntheticData.tinyConfig().withEpochs(3))) {
            dense.fit(data.train, data.validation);
            denseLoss = dense.report().epochs().get(2).loss();
        }
        try (NeuMfModel model = new NeuMfModel(SyntheticData.tinyConfig().with("lazyEmbeddings", "true"))) {
            model.fit(data.train, data.validation);
            List<TrainingReport.Epoch> epochs = model.report().epochs();
            assertThat(epochs.get(epochs.size() - 1).loss()).isLessThan(epochs.get(0).loss() * 0.8);
            assertThat(SampledRanking.draw(data.train, data.validation, 99, 5).evaluate(model, 10).hitRate()).isGreaterThan(0.5);
            // the same seed and batches: only the skipped rows make the losses differ, so the lazy path was taken
            assertThat(epochs.get(2).loss()).isNotEqualTo(denseLoss);
        }
    }

    @Test
    void configSavedBeforeLazyEmbeddingsExistedReadsAsDense() throws Exception {
        String saved = NeuMfArtifacts.JSON.writeValueAsString(NeuMfConfig.defaults().with("lazyEmbeddings", "true"))
                .replaceAll(",\\s*\"lazyEmbeddings\"\\s*:\\s*true", "");
        assertThat(saved).doesNotContain("lazyEmbeddings");
        NeuMfConfig read = NeuMfArtifacts.JSON.readValue(saved, NeuMfConfig.class);
        assertThat(read.lazyEmbeddings()).isFalse();
        assertThat(read.withEpochs(20)).isEqualTo(NeuMfConfig.defaults());
    }

    @Test
    void unknownConfigKeyIsNamed() {
        assertThatThrownBy(() -> NeuMfConfig.defaults().with("epoch", "3"))
                .hasMessageContaining("'epoch'").hasMessageContaining("epochs");
    }
}
