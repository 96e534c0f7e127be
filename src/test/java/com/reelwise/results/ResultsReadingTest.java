package com.reelwise.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReadingTest {

    @TempDir
    Path dir;

    @Test
    void namesTheWinnerOfEachComparisonAndSaysWhenABaselineWins() {
        String reading = ResultsReading.of(new EvaluationResults(ResultFixtures.write(dir)).latest());

        assertThat(reading).contains("On ml-latest-small: leave-one-out (HR@10): our Hybrid (learned ranker) 0.780 beats the best "
                + "baseline, EASE 0.750, by 0.030 (4%); full ranking (Recall@20): the baseline EASE 0.127 beats our best, "
                + "Hybrid (learned ranker) 0.110, by 0.017 (15%).");
        assertThat(reading).contains("In 1 of the 2 comparisons where both were measured");
        assertThat(reading).contains("The learned hybrid beats each of its parts measured alone (NeuMF, next watch, the taste autoencoder, content, popularity) in 1 of 1 comparisons.");
        assertThat(reading).contains("one run with seed 42");
    }

    @Test
    void comparisonsIgnoreSweepPoints() {
        List<ResultsReading.Comparison> comparisons = ResultsReading.comparisons(new EvaluationResults(ResultFixtures.write(dir)).latest());

        assertThat(comparisons).extracting(ResultsReading.Comparison::protocol).containsExactly("loo-99neg", "full-ranking");
        assertThat(comparisons).allSatisfy(c -> assertThat(c.winner().sweepPoint()).isFalse());
    }

    @Test
    void noResultsSaySo() {
        assertThat(ResultsReading.of(new EvaluationResults(dir.resolve("none")).latest()))
                .isEqualTo("There are no evaluation results to read yet.");
    }

}
