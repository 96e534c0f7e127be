package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.ratings.Interactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateMainTest {

    @TempDir
    Path dir;

    @Test
    void runsAnExternalSplitWithAnExtraRegisteredMethod() throws IOException {
        Path train = Files.writeString(dir.resolve("t.train.rating"), "0\t0\t5\t1\n0\t1\t5\t2\n1\t0\t5\t1\n1\t2\t5\t2\n");
        Path test = Files.writeString(dir.resolve("t.test.rating"), "0\t3\t5\t3\n1\t4\t5\t3\n");
        Path negatives = Files.writeString(dir.resolve("t.test.negative"), "(0,3)\t2\t4\n(1,4)\t1\t3\n");
        Path results = dir.resolve("results");
        // Stands in for NeuMF: an oracle that scores each user's test item (3 for user 0, 4 for user 1) highest.
        NamedModel stub = NamedModel.of("stub", () -> new RankingModel() {
            public String name() {
                return "stub";
            }

            public void fit(Interactions train, Interactions validation) {
            }

            public void scores(int user, float[] out) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = i == 3 + user ? 1f : 0f;
                }
            }
        });
        List<EvaluationResult> rows = EvaluateMain.run(new String[] {
            "--train", train.toString(), "--test", test.toString(), "--negatives", negatives.toString(),
            "--datasets", "tiny", "--protocols", "loo-99neg", "--methods", "popular,stub",
            "--results", results.toString(), "--seed", "9", "--threads", "1"}, List.of(stub));
        assertThat(rows).extracting(EvaluationResult::method).containsExactly("popular", "stub");
        assertThat(rows.get(1).metrics().get("NDCG@10")).isEqualTo(1.0);
        assertThat(rows.get(1).seed()).isEqualTo(9);
        try (var files = Files.list(results)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("tiny_loo-99neg_") && n.endsWith(".json"))
                    .anyMatch(n -> n.endsWith(".csv"));
        }
    }

    @Test
    void rejectsUnknownMethodsAndMalformedArguments() {
        assertThatThrownBy(() -> Baselines.named("nope")).hasMessageContaining("Unknown method");
        assertThatThrownBy(() -> EvaluateMain.run(new String[] {"--seed"}, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing required parameter for option '--seed'");
        assertThatThrownBy(() -> EvaluateMain.run(new String[] {"--nope", "1"}, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> Protocol.named("loo-50neg", 1)).hasMessageContaining("Unknown protocol");
    }
}
