package com.reelwise.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.hybrid.TinyEngine;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.Recommender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is measured is what is served: one profile, asked through the entry point the API calls
 * ({@code Recommendations.recommend}, validation included) and through the harness's path
 * ({@link ServedScores}), gives the same films with the same scores.
 */
class ServedScoresParityTest {

    @TempDir
    static Path temp;

    private static TinyEngine engine;

    @BeforeAll
    static void setUp() {
        engine = TinyEngine.build(temp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"HYBRID", "NCF", "CONTENT", "POPULAR"})
    void theApiAndTheHarnessScoreAProfileAlike(Method method) {
        List<Integer> liked = List.of(13, 14, 15, 16, 30);
        Recommender recommender = engine.recommendations.recommender(method);
        List<Recommendation> api = engine.recommendations.recommend(ServedScores.request(recommender, liked));

        int[] positionOfItem = new int[engine.positions.size()];
        for (int i = 0; i < positionOfItem.length; i++) {
            positionOfItem[i] = engine.positions.position(1 + i);
        }
        float[] harness = new float[positionOfItem.length];
        ServedScores.of(recommender, liked, positionOfItem, harness);

        assertThat(api).hasSize(ServedScores.COUNT);
        for (Recommendation r : api) {
            assertThat((double) harness[r.movie().movieId() - 1]).as(r.movie().title()).isEqualTo((double) (float) r.score());
        }
        // and the harness's own top 20 (own films excluded, as the evaluator excludes known films) is the API's list
        List<Integer> harnessTop = java.util.stream.IntStream.range(0, harness.length).boxed()
                .filter(i -> !liked.contains(i + 1) && !Float.isNaN(harness[i]))
                .sorted((a, b) -> harness[b] != harness[a] ? Float.compare(harness[b], harness[a]) : Integer.compare(a, b))
                .limit(ServedScores.COUNT).map(i -> i + 1).toList();
        assertThat(api.stream().map(r -> r.movie().movieId()).toList()).isEqualTo(harnessTop);
    }
}
