package com.reelwise.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.ratings.TinyRelease;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MethodUnavailableException;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's NCF life cycle on a tiny generated MovieLens release with two clear taste groups ({@link TinyRelease}). */
class NcfModelManagerTest {

    @TempDir
    Path data;
    @TempDir
    Path models;

    private Recommendations recommendations;
    private CandidateRanker ranker;
    private CollaborativeEvidence evidence;

    @BeforeEach
    void generate() throws IOException {
        // Users 1-40 like movies 1-20, users 41-80 like 21-40; training holds out each person's latest 20% (the
        // product split), so each rates 15 to leave NeuMF 12. Fold-in from movies 1-3 must favour 4-20.
        TinyApp app = TinyApp.write(data, 80, 15);
        ranker = app.ranker();
        evidence = new CollaborativeEvidence(app.ratings());
        recommendations = app.recommendations();
    }

    private NcfModelManager manager(Optional<String> dataset, boolean train) {
        return new NcfModelManager(new NcfModelManager.Settings(data, dataset, models, train), recommendations, ranker, evidence);
    }

    @Test
    void trainsWhenMissingThenRecommendsWithCollaborativeEvidence() throws Exception {
        try (NcfModelManager manager = manager(Optional.of(TinyRelease.NAME), true)) {
            manager.start().get(5, TimeUnit.MINUTES);

            assertThat(manager.status().state()).isEqualTo(ModelStatus.State.READY);
            assertThat(NcfModelManager.newestArtifact(models.resolve("ncf"), TinyRelease.NAME)).isPresent();
            List<Recommendation> top = recommendations.recommend(RecommendationRequest.of(Profile.liking(List.of(1, 2, 3)), Method.NCF, 5));
            assertThat(top).hasSize(5).allSatisfy(r -> assertThat(r.movie().movieId()).isBetween(4, 20));
            assertThat(top.get(0).explanation().text()).startsWith("Because you liked Movie ");
            assertThat(top.get(0).explanation().becauseOf()).isNotEmpty().allSatisfy(id -> assertThat(id).isIn(1, 2, 3));
        }
        // A second start loads the artifact the first one wrote instead of training again.
        try (NcfModelManager again = manager(Optional.of(TinyRelease.NAME), false)) {
            again.start().get(1, TimeUnit.MINUTES);
            assertThat(again.status().message()).startsWith("Neural CF model loaded from ml-tiny-");
        }
    }

    @Test
    void damagedArtifactDisablesTheMethodWithTheFix() throws Exception {
        Files.createDirectories(models.resolve("ncf").resolve("ml-tiny-20990101-000000"));
        try (NcfModelManager manager = manager(Optional.of(TinyRelease.NAME), true)) {
            manager.start().get(1, TimeUnit.MINUTES);

            assertThat(manager.status().state()).isEqualTo(ModelStatus.State.UNAVAILABLE);
            assertThat(manager.status().message()).contains("are damaged").contains("exec:java@train");
            assertThatThrownBy(() -> recommendations.recommend(RecommendationRequest.of(Profile.liking(List.of(1, 2, 3)), Method.NCF, 5)))
                    .isInstanceOf(MethodUnavailableException.class).hasMessageContaining("are damaged");
        }
    }

    @Test
    void withoutRatingsOrWithoutTrainingItSaysWhat() throws Exception {
        try (NcfModelManager none = manager(Optional.empty(), true)) {
            none.start().get(1, TimeUnit.SECONDS);
            assertThat(none.status().message()).contains("needs MovieLens ratings");
        }
        try (NcfModelManager off = manager(Optional.of(TinyRelease.NAME), false)) {
            off.start().get(1, TimeUnit.SECONDS);
            assertThat(off.status().message()).contains("No trained neural CF model").contains("exec:java@train");
        }
    }
}
