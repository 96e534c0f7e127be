package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceEncoderTest {

    static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.loadPretrained(EncoderConfig.defaults().withBatchSize(4));
    }

    @AfterAll
    static void close() {
        if (encoder != null) {
            encoder.close();
        }
    }

    @Test
    void embeddings_are_unit_vectors_of_384_dimensions() {
        float[][] vectors = encoder.encode(List.of("Alien", "A crew in deep space meets a deadly creature."));
        for (float[] v : vectors) {
            assertThat(v).hasSize(encoder.dimension()).hasSize(384);
            assertThat(dot(v, v)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void similar_plots_are_closer_than_unrelated_ones() {
        float[][] v = encoder.encode(List.of(
                "Astronauts travel through a wormhole to find a new home for humanity.",
                "A space crew journeys beyond our galaxy searching for a habitable planet.",
                "A pastry chef in Paris opens a small bakery and falls in love."));
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.2);
    }

    @Test
    void results_keep_input_order_whatever_the_batching() {
        List<String> texts = List.of("short", "a somewhat longer sentence about a heist movie", "mid length one",
                "x", "the longest of them all, a sprawling family saga across three generations of a farm");
        float[][] batched = encoder.encode(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(EncoderParityTest.maxAbsDiff(batched[i], encoder.encode(texts.get(i)))).isLessThan(1e-5);
        }
    }

    @Test
    void concurrent_callers_get_the_same_embeddings_as_one_caller() throws Exception {
        List<String> texts = List.of("Heat", "Ronin", "The Thing", "Paprika", "Arrival", "Brazil");
        float[][] sequential = encoder.encode(texts);
        // new threads start with PyTorch's grad mode on: frozen weights must keep them graph-free and correct
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> encoder.encode(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(EncoderParityTest.maxAbsDiff(futures.get(i).get(), sequential[i])).isLessThan(1e-5);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void encoding_leaves_no_arrays_behind_on_the_model() {
        encoder.encode("warm-up: the first forward pass may attach lazily created state");
        int before = encoder.managedArrayCount();
        for (int i = 0; i < 40; i++) {
            encoder.encode(List.of("a heist " + i, "something funny for a rainy evening number " + i));
        }
        assertThat(encoder.managedArrayCount()).isEqualTo(before);
    }

    @Test
    void an_empty_list_gives_no_embeddings() {
        assertThat(encoder.encode(List.of())).isEmpty();
    }

    @Test
    void config_survives_a_json_round_trip(@TempDir Path dir) throws IOException {
        EncoderConfig config = new EncoderConfig(128, 16, Pooling.CLS, true);
        Path file = dir.resolve(EncoderArtifact.CONFIG_FILE);
        config.save(file);
        assertThat(EncoderConfig.read(file)).isEqualTo(config);
    }

    @Test
    void config_rejects_lengths_the_model_cannot_take() {
        assertThatThrownBy(() -> EncoderConfig.defaults().withMaxLength(513)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EncoderConfig.defaults().withBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loading_a_folder_that_is_no_artifact_fails_clearly(@TempDir Path dir) {
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining(EncoderArtifact.CONFIG_FILE);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
