package com.reelwise.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's results summary is written by hand from the newest result files; this keeps the two from drifting
 * apart (a rerun of the evaluation that changes a number fails here until the README says it).
 */
class ReadmeSummaryTest {

    /** The summary table's method names, as written, to the harness's method ids. */
    private static final Map<String, String> METHODS = Map.of(
            "EASE", "ease",
            "EASE, recency-weighted", "ease-recency",
            "**Hybrid, the default (the learned ranker with the pick priors, balance 0.5)**", "hybrid",
            "Hybrid, the previous default (balance 0.475)", "hybrid-a0.475",
            "taste autoencoder alone", "taste",
            "NeuMF alone (fold-in)", "neumf",
            "next watch (SASRec) alone", "next",
            "content alone", "content");

    @Test
    void everyNumberOfTheSummaryTableIsTheNewestResult() throws IOException {
        List<String> rows = summaryRows(Files.readString(Path.of("README.md")));
        assertThat(rows).hasSize(METHODS.size());
        LatestResults latest = new EvaluationResults(Path.of("model-training/eval/results")).latest();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String method = METHODS.get(cells[1].trim());
            assertThat(method).as("a method the summary names: %s", cells[1].trim()).isNotNull();
            List<EvaluationRow> found = latest.filter("ml-latest-small", "full-ranking", method);
            assertThat(found).as(method).hasSize(1);
            assertThat(cells[2].trim().replace("*", "")).as(method + " NDCG@10").isEqualTo(fourDigits(found.get(0).metric("NDCG@10")));
            assertThat(cells[3].trim()).as(method + " Recall@20").isEqualTo(fourDigits(found.get(0).metric("Recall@20")));
        }
    }

    private static String fourDigits(Double value) {
        return value == null ? "missing" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** The table rows under the results-summary marker, header and rule left out. */
    private static List<String> summaryRows(String readme) {
        String after = readme.substring(readme.indexOf("<!-- results-summary -->"));
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : after.split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                if (!line.startsWith("| method") && !line.startsWith("| ---")) {
                    rows.add(line);
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }
}
