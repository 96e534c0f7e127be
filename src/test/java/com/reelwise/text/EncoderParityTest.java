package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DJL/PyTorch all-MiniLM-L6-v2 gives ONNX Runtime's embeddings on the same weights and tokens. */
class EncoderParityTest {

    private static final double TOLERANCE = 1e-5;

    private static final String LONG_TEXT = String.join(" ", java.util.Collections.nCopies(12,
            "A retired safecracker is pulled back into one last heist across a rain-soaked Lisbon,"
                    + " where old loyalties fray and nobody is who they claim."));

    private static final List<String> TEXTS = List.of(
            "Toy Story",
            "Amélie",
            "Le fabuleux destin d'Amélie Poulain, une comédie romantique à Montmartre.",
            "千と千尋の神隠し — Spirited Away",
            "A young hobbit sets out to destroy a powerful ring before the Dark Lord can reclaim it.",
            "🚀 space!!!",
            LONG_TEXT,
            "");

    @TempDir
    static Path workDir;
    static SentenceEncoder encoder;
    static OrtReferenceEncoder reference;

    @BeforeAll
    static void load() throws Exception {
        EncoderConfig config = EncoderConfig.defaults();
        encoder = SentenceEncoder.loadPretrained(config);
        reference = new OrtReferenceEncoder(config, workDir, 2);
    }

    @AfterAll
    static void close() {
        if (encoder != null) {
            encoder.close();
        }
        if (reference != null) {
            reference.close();
        }
    }

    @Test
    void the_test_texts_cover_long_inputs_that_are_truncated() throws Exception {
        try (HuggingFaceTokenizer tokenizer = EncoderModels.pretrainedTokenizer(EncoderConfig.defaults())) {
            assertThat(tokenizer.encode(LONG_TEXT).getIds()).hasSize(256);
            assertThat(tokenizer.encode("Amélie").getIds().length).isBetween(3, 8);
        }
    }

    @Test
    void padded_batch_matches_onnx_runtime() throws Exception {
        float[][] djl = encoder.encode(TEXTS);
        float[][] ort = reference.encode(TEXTS);
        assertThat(djl).hasNumberOfRows(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(maxAbsDiff(djl[i], ort[i])).as("text %d: %s", i, TEXTS.get(i)).isLessThan(TOLERANCE);
        }
    }

    @Test
    void one_text_at_a_time_matches_onnx_runtime() throws Exception {
        for (String text : TEXTS) {
            float[] djl = encoder.encode(text);
            float[] ort = reference.encode(List.of(text))[0];
            assertThat(maxAbsDiff(djl, ort)).as(text).isLessThan(TOLERANCE);
        }
    }

    @Test
    void shorter_max_length_truncates_the_same_way_as_onnx_runtime() throws Exception {
        EncoderConfig config = EncoderConfig.defaults().withMaxLength(128).withBatchSize(3);
        try (SentenceEncoder shortEncoder = SentenceEncoder.loadPretrained(config);
                OrtReferenceEncoder shortReference = new OrtReferenceEncoder(config, workDir, 2)) {
            float[][] djl = shortEncoder.encode(TEXTS);
            float[][] ort = shortReference.encode(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(maxAbsDiff(djl[i], ort[i])).as(TEXTS.get(i)).isLessThan(TOLERANCE);
            }
            assertThat(maxAbsDiff(djl[6], encoder.encode(LONG_TEXT))).as("128 vs 256 tokens differ").isGreaterThan(1e-3);
        }
    }

    static double maxAbsDiff(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
