package com.reelwise.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.ratings.TinyRelease;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.NextWatchRecommender;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendations;
import com.reelwise.runs.RunFolders;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.sequence.TrainSasRec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** Next watch reads its own model (trained with crops) while the hybrid reads the sequential source, on {@link TinyRelease}. */
class SequenceModelManagerTest {

    @TempDir
    Path data;
    @TempDir
    Path models;

    private Recommendations recommendations;
    private CandidateRanker ranker;

    @BeforeEach
    void generate() throws Exception {
        TinyApp app = TinyApp.write(data, 80, 15);
        ranker = app.ranker();
        recommendations = app.recommendations();
    }

    private SequenceModelManager manager(boolean train) {
        return new SequenceModelManager(new NcfModelManager.Settings(data, Optional.of(TinyRelease.NAME), models, train), recommendations, ranker);
    }

    @Test
    void nextWatchServesItsOwnModelAndFallsBackToTheSequentialSource() throws Exception {
        Profile picks = Profile.liking(List.of(1, 2, 3));
        try (SequenceModelManager manager = manager(true)) {
            manager.start().get(5, TimeUnit.MINUTES);

            Path own = RunFolders.newest(models.resolve(TrainSasRec.NEXT_WATCH), TinyRelease.NAME, "config.json").orElseThrow();
            assertThat(new ObjectMapper().readTree(own.resolve("config.json").toFile()).get("shortCrops").asInt()).isPositive();
            assertThat(manager.status().state()).isEqualTo(ModelStatus.State.READY);
            assertThat(manager.status().message()).startsWith("Next-watch model loaded from next/");
            try (SequenceScorer ownModel = SequenceScorer.load(own)) {
                float[] served = manager.recommender().logits(picks);
                assertThat(served).containsExactly(new NextWatchRecommender(ownModel, ranker).logits(picks));
                assertThat(served).isNotEqualTo(manager.nextSource().logits(picks));
            }
        }
        // A damaged copy of the method's own model: the sequential model serves, and the status names the folder.
        Path own = RunFolders.newest(models.resolve(TrainSasRec.NEXT_WATCH), TinyRelease.NAME, "config.json").orElseThrow();
        Files.writeString(own.resolve("config.json"), "{\"hidden\": \"wide\", oops");
        try (SequenceModelManager damaged = manager(false)) {
            damaged.start().get(1, TimeUnit.MINUTES);

            assertThat(damaged.status().state()).isEqualTo(ModelStatus.State.READY);
            assertThat(damaged.status().message()).contains(own.toAbsolutePath().toString()).contains("damaged").contains("exec:java@train");
            assertThat(damaged.recommender().logits(picks)).containsExactly(damaged.nextSource().logits(picks));
        }
        // Without the method's own model (and no training), the hybrid's sequential model serves next watch too.
        FileSystemUtils.deleteRecursively(models.resolve(TrainSasRec.NEXT_WATCH));
        try (SequenceModelManager again = manager(false)) {
            again.start().get(1, TimeUnit.MINUTES);

            assertThat(again.status().state()).isEqualTo(ModelStatus.State.READY);
            assertThat(again.status().message()).contains("the hybrid's sequential source");
            assertThat(again.recommender().logits(picks)).containsExactly(again.nextSource().logits(picks));
        }
    }
}
