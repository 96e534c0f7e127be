package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationRunnerTest {

    @TempDir
    Path results;

    @Test
    void writesJsonAndCsvRowsInTheRestShape() throws IOException {
        Protocol protocol = Protocol.fullRanking(5);
        Split split = Splitter.split(SplitterTest.generated(21), protocol);
        List<EvaluationResult> rows = new EvaluationRunner(results, 2).run("generated", split, protocol,
                List.of(Baselines.named("popular"), Baselines.named("itemknn")));
        assertThat(rows).extracting(EvaluationResult::method).containsExactly("popular", "itemknn");
        Path json;
        try (var files = Files.list(results)) {
            json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        JsonNode first = new ObjectMapper().readTree(json.toFile()).get(0);
        assertThat(first.get("dataset").asText()).isEqualTo("generated");
        assertThat(first.get("protocol").asText()).isEqualTo("full-ranking");
        assertThat(first.get("method").asText()).isEqualTo("popular");
        assertThat(first.get("metrics").get("Recall@20").asDouble()).isEqualTo(rows.get(0).metrics().get("Recall@20"));
        assertThat(first.get("config").get("seed").asLong()).isEqualTo(5);
        List<String> csv = Files.readAllLines(Path.of(json.toString().replace(".json", ".csv")));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).startsWith("dataset,protocol,method,seed").contains("NDCG@10", "MAP@20", "Coverage@20");
    }

    @Test
    void sameSeedGivesSameMetricsWhateverTheThreadCount() {
        Protocol protocol = Protocol.loo99neg(3);
        Split a = Splitter.split(SplitterTest.generated(22), protocol);
        Split b = Splitter.split(SplitterTest.generated(22), protocol);
        RankingModel knnA = new ItemKnnModel(20);
        knnA.fit(a.train(), a.validation());
        RankingModel knnB = new ItemKnnModel(20);
        knnB.fit(b.train(), b.validation());
        assertThat(new Evaluator(1).evaluate(knnA, a, protocol)).isEqualTo(new Evaluator(2).evaluate(knnB, b, protocol));
    }

    @Test
    void perfectModelScoresOneAndCandidatesExcludeKnownItems() {
        Protocol protocol = Protocol.fullRanking(3);
        Split split = Splitter.split(SplitterTest.generated(23), protocol);
        // An oracle that knows the test items, and also rates known items highest: those must be skipped.
        RankingModel oracle = new RankingModel() {
            public String name() {
                return "oracle";
            }

            public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
            }

            public void scores(int user, float[] out) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = split.known().contains(user, i) ? 2f : split.test().contains(user, i) ? 1f : 0f;
                }
            }
        };
        UserScores scores = new Evaluator(2).score(oracle, split, protocol, null);
        assertThat(scores.means().get("NDCG@20")).isEqualTo(1.0);
        assertThat(scores.means().get("MAP@20")).isEqualTo(1.0);
        // the oracle's place r holds a held-out film exactly for the people with more than r of them
        int[] heldOut = java.util.stream.IntStream.range(0, split.numUsers()).map(u -> split.test().countOf(u)).filter(n -> n > 0).toArray();
        assertThat(scores.hitRateByRank()).hasSize(20);
        for (int r = 0; r < 20; r++) {
            int rank = r;
            double expected = (double) java.util.Arrays.stream(heldOut).filter(n -> n > rank).count() / heldOut.length;
            assertThat(scores.hitRateByRank()[r]).as("place %d", r + 1).isEqualTo(expected);
        }
        assertThat(scores.hitRateByRank()[0]).isEqualTo(1.0);
        assertThat(scores.hitRateByRank()[19]).isLessThan(1.0);
    }
}
