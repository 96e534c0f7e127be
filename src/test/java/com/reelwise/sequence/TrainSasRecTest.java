package com.reelwise.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.progress.TrainingProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSasRecTest {

    @Test
    void aCapOnPeopleKeepsTheWholeCatalogAndSaysSo(@TempDir Path out) {
        Path data = TestDatasets.require("ml-latest-small").getParent();
        DaeConfig config = DaeConfig.defaults().withEpochs(1);
        TrainSasRec.Result result = TrainSasRec.trainTaste(data, "ml-latest-small", out.resolve("taste"), out.resolve("runs"), config, 40,
                false, TrainingProgress.NONE, Clock.systemUTC());
        assertThat(result.metrics()).containsEntry("trainedOnPeople", "40 of 610 (the first ones; for measuring costs)");
        try (SequenceScorer served = SequenceScorer.load(result.artifactDir());
             SequenceScorer holdout = SequenceScorer.load(result.artifactDir().resolve(TrainSasRec.HOLDOUT))) {
            // the shape is the release's: every film scored, whichever people it learned from
            assertThat(served.movieIds()).hasSize(9724);
            assertThat(holdout.movieIds()).hasSize(9724);
            assertThat(served.logits(List.of(1, 260, 2571))).hasSize(9724);
        }
    }
}
