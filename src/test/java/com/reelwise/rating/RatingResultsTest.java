package com.reelwise.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rating results: the newest file per data set, its rows, and the Markdown table with the protocol and anchors. */
class RatingResultsTest {

    @Test
    void theNewestFilePerDatasetWithMeanAndSpreadAsWritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ml-100k_ratings_20261201-000000.json"), row("ml-100k", "official u1-u5", "biases", 0.95));
        Files.writeString(dir.resolve("ml-100k_ratings_20261202-000000.json"), row("ml-100k", "official u1-u5", "biases", 0.94));
        Files.writeString(dir.resolve("notes.txt"), "not a result");
        Files.writeString(dir.resolve("ml-latest-small_ratings_20261202-000000.json"), "{broken");

        RatingResults results = RatingResults.newest(dir);

        assertThat(results.datasets()).containsExactly("ml-100k");
        RatingResults.Row row = results.of("ml-100k").get(0);
        assertThat(row.rmseMean()).isEqualTo(0.94);
        assertThat(row.rmse()).containsExactly(0.93, 0.95);
        assertThat(row.run()).isEqualTo("20261202-000000");
        assertThat(results.problems()).singleElement().asString().contains("ml-latest-small_ratings_20261202-000000.json");
        String md = results.markdown();
        assertThat(md).contains("#### ml-100k, predicted stars, official u1-u5")
                .contains("| User and film biases (Surprise's BaselineOnly) | **0.9400 ± 0.0141** | 0.7400 ± 0.0000 | 0.9300, 0.9500 |")
                .contains("SVD++ 0.922").contains("Run 20261202-000000, seed 42.");
    }

    @Test
    void theCommittedResultsHoldEveryModelOverFiveFolds() {
        RatingResults results = RatingResults.newest(Path.of("model-training/rating/results"));

        assertThat(results.problems()).isEmpty();
        assertThat(results.datasets()).contains("ml-100k", "ml-latest-small");
        for (String dataset : results.datasets()) {
            List<String> models = results.of(dataset).stream().map(RatingResults.Row::model).toList();
            assertThat(models).as(dataset).contains("global-mean", "biases", "biased-mf", "autorec");
            assertThat(results.of(dataset)).allSatisfy(r -> assertThat(r.rmse()).hasSize(EvaluateRatings.FOLDS));
        }
    }

    private static String row(String dataset, String folds, String model, double rmse) {
        return """
                [{"dataset":"%s","folds":"%s","model":"%s","seed":42,"rmse":[0.93,0.95],"mae":[0.74,0.74],
                  "rmseMean":%s,"rmseSd":0.0141,"maeMean":0.74,"maeSd":0.0}]
                """.formatted(dataset, folds, model, rmse);
    }
}
