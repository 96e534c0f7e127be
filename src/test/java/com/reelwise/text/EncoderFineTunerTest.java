package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test on tiny generated pairs: arbitrary associations the pretrained model cannot know. */
class EncoderFineTunerTest {

    private static final List<String> PROBES = List.of("red fox", "Lisbon", "a film about a lighthouse keeper");

    @TempDir
    Path root;

    static List<TextPair> pairs(int count) {
        String[] anchors = {"red fox", "blue whale", "green parrot", "yellow cat", "purple snake", "orange crab",
                "white horse", "black bear"};
        String[] positives = {"Lisbon", "Nairobi", "Oslo", "Lima", "Hanoi", "Quebec", "Perth", "Dakar"};
        List<TextPair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add(new TextPair(anchors[i], positives[i]));
        }
        return pairs;
    }

    @Test
    void training_lowers_the_loss_and_the_saved_artifact_reloads_to_identical_embeddings() throws Exception {
        EncoderConfig config = new EncoderConfig(32, 4, Pooling.MEAN, true);
        EncoderFineTuner tuner = new EncoderFineTuner(config, FineTuneOptions.defaults().with(3, 1e-4f));
        Model model = EncoderModels.pretrained(config);
        BertEncoderBlock block = (BertEncoderBlock) model.getBlock();
        float[] wordsBefore = block.wordEmbeddings.getArray().toFloatArray();
        float[] firstNormBefore = block.embeddingNorm.getParameters().get("gamma").getArray().toFloatArray();

        EncoderFineTuner.Training training = tuner.train(model, pairs(8));

        assertThat(training.steps()).isEqualTo(6);
        assertThat(training.epochLosses()).hasSize(3);
        assertThat(training.lossAfter()).isLessThan(training.lossBefore());
        assertThat(block.wordEmbeddings.getArray().toFloatArray()).as("frozen").isEqualTo(wordsBefore);
        assertThat(block.embeddingNorm.getParameters().get("gamma").getArray().toFloatArray())
                .as("trained").isNotEqualTo(firstNormBefore);

        FineTuneResult result = tuner.save(model, training, root);
        assertThat(result.artifactDir()).isEqualTo(root.resolve("encoder-v001"));
        assertThat(result.artifactDir().resolve(EncoderArtifact.METRICS_FILE)).content().contains("lossAfter");
        assertThat(result.artifactDir().resolve(EncoderArtifact.TOKENIZER_FILE)).exists();
        try (SentenceEncoder trained = new SentenceEncoder(model, EncoderModels.pretrainedTokenizer(config), config);
                SentenceEncoder reloaded = SentenceEncoder.load(result.artifactDir());
                SentenceEncoder pretrained = SentenceEncoder.loadPretrained(config)) {
            float[][] expected = trained.encode(PROBES);
            assertThat(reloaded.encode(PROBES)).isEqualTo(expected);
            assertThat(reloaded.config()).isEqualTo(config);
            assertThat(EncoderParityTest.maxAbsDiff(pretrained.encode(PROBES)[0], expected[0])).isGreaterThan(1e-4);
        }
    }

    @Test
    void unfrozen_word_embeddings_train_and_each_run_gets_the_next_version() throws Exception {
        EncoderConfig config = new EncoderConfig(32, 4, Pooling.MEAN, false);
        Files.createDirectories(root.resolve("encoder-v007"));
        EncoderFineTuner tuner = new EncoderFineTuner(config, FineTuneOptions.defaults().with(1, 1e-4f));
        try (Model model = EncoderModels.pretrained(config)) {
            float[] wordsBefore = ((BertEncoderBlock) model.getBlock()).wordEmbeddings.getArray().toFloatArray();
            EncoderFineTuner.Training training = tuner.train(model, pairs(4));
            float[] wordsAfter = ((BertEncoderBlock) model.getBlock()).wordEmbeddings.getArray().toFloatArray();
            assertThat(Arrays.equals(wordsAfter, wordsBefore)).isFalse();
            assertThat(tuner.save(model, training, root).artifactDir()).isEqualTo(root.resolve("encoder-v008"));
        }
    }

    @Test
    void a_single_pair_has_no_negatives_and_is_refused() {
        EncoderFineTuner tuner = new EncoderFineTuner(EncoderConfig.defaults(), FineTuneOptions.defaults());
        assertThatThrownBy(() -> tuner.fineTune(pairs(1), root)).isInstanceOf(IllegalArgumentException.class);
    }
}
