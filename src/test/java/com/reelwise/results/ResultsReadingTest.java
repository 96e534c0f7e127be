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

        assertThat(reading).contains("On ml-latest-small: leave-one-out (HR@10): our Hybrid (tuned α) 0.780 beats the best "
                + "baseline, EASE 0.750, by 0.030 (4%); full ranking (Recall@20): the baseline EASE 0.127 beats our best, "
                + "Hybrid (tuned α) 0.110, by 0.017 (15%).");
        assertThat(reading).contains("In 1 of the 2 comparisons where both were measured");
        assertThat(reading).contains("The tuned hybrid beats both of its parts (NeuMF alone and content alone) in 1 of 1 comparisons.");
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

    @Test
    void alphaSweepKeepsItsPointsAndTheTwoPartsAsReferences() {
        List<AlphaSweep> sweeps = AlphaSweep.from(new EvaluationResults(ResultFixtures.write(dir)).latest());

        AlphaSweep loo = sweeps.stream().filter(s -> s.protocol().equals("loo-99neg")).findFirst().orElseThrow();
        assertThat(loo.metric()).isEqualTo("HR@10");
        assertThat(loo.points()).extracting(AlphaSweep.Point::alpha).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(loo.best().alpha()).isEqualTo(0.5);
        assertThat(loo.collaborative()).isEqualTo(0.72);
        assertThat(loo.content()).isEqualTo(0.49);
        assertThat(loo.tuned().alpha()).isEqualTo(0.6);
        assertThat(loo.validationMetric()).isEqualTo("NDCG@20");
        assertThat(loo.points()).extracting(AlphaSweep.Point::validation).containsExactly(0.098, 0.132, 0.154, 0.152, 0.144);
        assertThat(sweeps).hasSize(1);
    }
}
