package com.reelwise.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationResultsTest {

    @TempDir
    Path dir;

    @Test
    void newestRowPerMethodWinsAcrossRuns() {
        LatestResults results = new EvaluationResults(ResultFixtures.write(dir)).latest();

        List<EvaluationRow> loo = results.filter(ResultFixtures.DATASET, "loo-99neg", null);
        assertThat(loo).extracting(EvaluationRow::method).containsOnlyOnce("neumf", "ease", "popular", "hybrid");
        EvaluationRow neumf = results.filter(ResultFixtures.DATASET, "loo-99neg", "neumf").get(0);
        assertThat(neumf.metric("HR@10")).isEqualTo(0.72);
        assertThat(neumf.source()).isEqualTo("ml-latest-small_loo-99neg_20260102-100000.json");
        assertThat(results.filter(ResultFixtures.DATASET, "loo-99neg", "ease").get(0).metric("HR@10")).isEqualTo(0.75);
    }

    @Test
    void readsCsvWhenThereIsNoJsonTwin() {
        LatestResults results = new EvaluationResults(ResultFixtures.write(dir)).latest();

        List<EvaluationRow> full = results.filter(ResultFixtures.DATASET, "full-ranking", null);
        assertThat(full).extracting(EvaluationRow::method).containsExactly("popular", "ease", "hybrid");
        EvaluationRow ease = full.get(1);
        assertThat(ease.metric("Recall@20")).isEqualTo(0.12689);
        assertThat(ease.seed()).isEqualTo(42L);
        assertThat(ease.users()).isEqualTo(610);
        assertThat(ease.config()).containsEntry("testFraction", 0.2);
        assertThat(full.get(2).alpha()).isEqualTo(0.6);
    }

    @Test
    void sweepRowsGetTheirAlphaAndMetricsKeepReadingOrder() {
        LatestResults results = new EvaluationResults(ResultFixtures.write(dir)).latest();

        EvaluationRow point = results.filter(ResultFixtures.DATASET, "loo-99neg", "hybrid-a0.25").get(0);
        assertThat(point.alpha()).isEqualTo(0.25);
        assertThat(point.sweepPoint()).isTrue();
        assertThat(point.metrics().keySet()).containsExactly("HR@10", "NDCG@10", "ILD@10");
        EvaluationRow tuned = results.filter(ResultFixtures.DATASET, "loo-99neg", "hybrid").get(0);
        assertThat(tuned.alpha()).isEqualTo(0.6);
        assertThat(tuned.sweepPoint()).isFalse();
    }

    @Test
    void sweepFileIsNotReadTwiceAndModelConfigComesThrough() {
        LatestResults results = new EvaluationResults(ResultFixtures.write(dir)).latest();

        assertThat(results.rows()).noneMatch(r -> r.source().contains("alpha-sweep"));
        EvaluationRow point = results.filter(ResultFixtures.DATASET, "loo-99neg", "hybrid-a0.50").get(0);
        assertThat(point.modelNumber("validation")).isEqualTo(0.154);
        assertThat(point.modelConfig()).containsEntry("validationMetric", "NDCG@20");
    }

    @Test
    void corruptFileIsReportedAndTheGoodRowsStay() {
        LatestResults results = new EvaluationResults(ResultFixtures.write(dir)).latest();

        assertThat(results.problems()).singleElement().asString()
                .contains("ml-latest-small_cold-start_20260103-100000.json").contains("could not be read");
        assertThat(results.filter(null, "cold-start", null)).isEmpty();
        assertThat(results.rows()).hasSizeGreaterThan(10);
    }

    @Test
    void missingOrEmptyFolderGivesNoRowsAndNoProblem() throws IOException {
        assertThat(new EvaluationResults(dir.resolve("absent")).latest().rows()).isEmpty();
        Files.writeString(dir.resolve("ml-latest-small_loo-99neg_20260101-100000.json"), "");
        LatestResults empty = new EvaluationResults(dir).latest();
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.problems()).isEmpty();
    }

    @Test
    void jsonWithoutRowsIsAProblem() throws IOException {
        Files.writeString(dir.resolve("ml-latest-small_loo-99neg_20260101-100000.json"), "{\"hello\":1}");
        assertThat(new EvaluationResults(dir).latest().problems()).hasSize(1);
    }

    /** Every committed result file reads cleanly, and each JSON row agrees with its CSV twin. */
    @Test
    void committedResultsReadCleanlyAndMatchTheirCsv() throws IOException {
        Path committed = Path.of("model-training/eval/results");
        LatestResults results = new EvaluationResults(committed).latest();

        assertThat(results.problems()).isEmpty();
        assertThat(results.rows()).isNotEmpty();
        try (Stream<Path> files = Files.list(committed)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                try (Reader in = Files.newBufferedReader(csv);
                     CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    for (CSVRecord record : parser) {
                        String name = csv.getFileName().toString().replace(".csv", ".json");
                        List<EvaluationRow> rows = results.rows().stream()
                                .filter(r -> r.source().equals(name) && r.method().equals(record.get("method"))).toList();
                        for (EvaluationRow row : rows) {
                            row.metrics().forEach((metric, value) ->
                                    assertThat(value).as(name + " " + row.method() + " " + metric)
                                            .isCloseTo(Double.parseDouble(record.get(metric)), within(5e-6)));
                        }
                    }
                }
            }
        }
        // The latest run of a method is the one shown: every (dataset, protocol, method) once.
        assertThat(results.rows().stream().map(r -> r.dataset() + r.protocol() + r.method()).distinct().count())
                .isEqualTo(results.rows().size());
    }
}
