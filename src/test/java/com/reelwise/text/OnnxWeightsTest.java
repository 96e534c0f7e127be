package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxWeightsTest {

    static OnnxWeights weights;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = EncoderModels.resource(EncoderModels.ONNX_RESOURCE)) {
            weights = OnnxWeights.read(in);
        }
    }

    @Test
    void anonymous_matmul_weights_get_their_huggingface_names_in_out_by_in_layout() {
        for (int layer = 0; layer < 6; layer++) {
            String p = "encoder.layer." + layer + ".";
            for (String square : new String[] {"attention.self.query", "attention.self.key", "attention.self.value",
                    "attention.output.dense"}) {
                assertThat(weights.get(p + square + ".weight").shape()).containsExactly(384, 384);
            }
            assertThat(weights.get(p + "intermediate.dense.weight").shape()).containsExactly(1536, 384);
            assertThat(weights.get(p + "output.dense.weight").shape()).containsExactly(384, 1536);
        }
    }

    @Test
    void named_embeddings_and_norms_are_kept() {
        assertThat(weights.get("embeddings.word_embeddings.weight").shape()).containsExactly(30522, 384);
        assertThat(weights.get("embeddings.position_embeddings.weight").shape()).containsExactly(512, 384);
        assertThat(weights.get("encoder.layer.5.output.LayerNorm.weight").shape()).containsExactly(384);
    }

    @Test
    void a_missing_name_fails_loudly() {
        assertThatThrownBy(() -> weights.get("encoder.layer.6.output.dense.weight"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer.6");
    }
}
