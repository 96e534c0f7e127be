package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.ratings.Interactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweptModelRunTest {

    @TempDir
    Path results;

    /** Popularity raised to a power: power 0 scores every item alike, so its variants must differ. */
    static final class PowerOfPopularity implements SweptModel {
        final AtomicInteger fits = new AtomicInteger();
        int[] counts;

        @Override
        public String name() {
            return "power";
        }

        @Override
        public void fit(Interactions train, Interactions validation) {
            fits.incrementAndGet();
            counts = train.itemCounts();
        }

        @Override
        public void scores(int user, float[] out) {
            score(1, out);
        }

        void score(double power, float[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) Math.pow(counts[i], power);
            }
        }

        @Override
        public List<Variant> variants() {
            return List.of(
                    new Variant("power-0", Map.of(SweepWriter.SWEEP, "power", "power", 0.0, SweepWriter.VALIDATION, 0.1),
                            (u, out) -> score(0, out)),
                    new Variant("power-1", Map.of(SweepWriter.SWEEP, "power", "power", 1.0, SweepWriter.VALIDATION, 0.2),
                            (u, out) -> score(1, out)),
                    new Variant("power", Map.of(SweepWriter.SWEEP, "power", "power", 1.0, SweepWriter.TUNED, true),
                            this::scores));
        }
    }

    @Test
    void aSweptModelIsFittedOnceAndReportsOneRowPerVariant() throws IOException {
        Protocol protocol = Protocol.fullRanking(5);
        Split split = Splitter.split(SplitterTest.generated(31), protocol);
        PowerOfPopularity model = new PowerOfPopularity();
        List<EvaluationResult> rows = new EvaluationRunner(results, 2).run("generated", split, protocol,
                List.of(NamedModel.of("power", () -> model)));

        assertThat(model.fits).hasValue(1);
        assertThat(rows).extracting(EvaluationResult::method).containsExactly("power-0", "power-1", "power");
        assertThat(rows.get(1).metrics()).isEqualTo(rows.get(2).metrics());
        assertThat(rows.get(0).metrics().get("NDCG@20")).isNotEqualTo(rows.get(1).metrics().get("NDCG@20"));
        assertThat(rows.get(2).modelConfig()).containsEntry(SweepWriter.TUNED, true);
        assertThat(Files.readAllLines(csv())).element(0).asString().endsWith("config,model_config");

        Path sweep = SweepWriter.write(results, rows, Instant.parse("2026-01-01T00:00:00Z")).get(0);
        assertThat(sweep.getFileName().toString()).isEqualTo("generated_power-sweep_20260101-000000.json");
        JsonNode file = new ObjectMapper().readTree(sweep.toFile());
        assertThat(file.get("points")).hasSize(2);
        assertThat(file.get("points").get(1).get("protocols").get("full-ranking").get("validation").asDouble()).isEqualTo(0.2);
        assertThat(file.get("tuned").get("full-ranking").get("method").asText()).isEqualTo("power");
    }

    @Test
    void itemVectorsAddTheDiversityColumn() {
        Protocol protocol = Protocol.loo99neg(5);
        Split split = Splitter.split(SplitterTest.generated(32), protocol);
        float[][] same = new float[split.numItems()][];
        java.util.Arrays.fill(same, new float[] {1f, 1f});
        Map<String, Double> metrics = new Evaluator(2).evaluate(popular(split), split, protocol, same);
        assertThat(metrics.get("ILD@10")).isCloseTo(0.0, within(1e-9));

        float[][] distinct = new float[split.numItems()][];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = new float[split.numItems()];
            distinct[i][i] = 1f;
        }
        assertThat(new Evaluator(2).evaluate(popular(split), split, protocol, distinct).get("ILD@10")).isCloseTo(1.0, within(1e-9));
        assertThat(new Evaluator(2).evaluate(popular(split), split, protocol)).doesNotContainKey("ILD@10");
    }

    private static RankingModel popular(Split split) {
        RankingModel model = new PopularityModel();
        model.fit(split.train(), split.validation());
        return model;
    }

    private Path csv() throws IOException {
        try (var files = Files.list(results)) {
            return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
    }
}
