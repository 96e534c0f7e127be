package com.reelwise.sequence;

import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A tiny-data training run of the sequential model: people walk through films in a fixed cycle
 * (0 → 1 → 2 → … → 11 → 0), with some noise, so the next film is learnable only from the order.
 */
class SasRecModelTest {

    static final int FILMS = 12;

    @TempDir
    static Path temp;

    private static SasRecModel model;
    private static TrainingReport report;

    @BeforeAll
    static void train() {
        Random random = new Random(3);
        int[][] histories = new int[80][];
        for (int u = 0; u < histories.length; u++) {
            int start = random.nextInt(FILMS);
            int length = 6 + random.nextInt(6);
            histories[u] = new int[length];
            for (int k = 0; k < length; k++) {
                histories[u][k] = random.nextDouble() < 0.1 ? random.nextInt(FILMS) : (start + k) % FILMS;
            }
        }
        int[][] train = new int[histories.length][];
        int[][] heldOut = new int[histories.length][];
        for (int u = 0; u < histories.length; u++) {
            train[u] = java.util.Arrays.copyOf(histories[u], histories[u].length - 1);
            heldOut[u] = new int[] {histories[u][histories[u].length - 1]};
        }
        SasRecConfig config = new SasRecConfig(16, 1, 1, 8, 0.1f, 5e-3f, 16, 30, 0, SasRecConfig.CROSS_ENTROPY, 8, 0.75f, 0, 10, 7);
        model = SasRecModel.untrained(config, FILMS);
        report = model.fit(train, new HeldOutValidation(train, heldOut), false, TrainingProgress.NONE);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void learnsTheNextFilmFromTheOrder() {
        assertThat(report.epochs().get(report.epochs().size() - 1).loss()).isLessThan(report.epochs().get(0).loss());
        assertThat(report.bestValidation()).isGreaterThan(0.5);
        float[] after = model.logits(new int[][] {{3, 4, 5}})[0];
        assertThat(argmax(after)).isEqualTo(6);
    }

    @Test
    void theOrderOfTheFilmsChangesTheScores() {
        float[][] both = model.logits(new int[][] {{3, 4, 5}, {5, 4, 3}});
        assertThat(both[0]).isNotEqualTo(both[1]);
        assertThat(argmax(both[0])).isNotEqualTo(argmax(both[1]));
    }

    @Test
    void savedAndLoadedGivesIdenticalScores() {
        int[] movieIds = new int[FILMS];
        for (int i = 0; i < FILMS; i++) {
            movieIds[i] = 100 + i;
        }
        SequenceScorer.save(temp.resolve("artifact"), model, movieIds, Map.of("note", "test"));
        try (SequenceScorer loaded = SequenceScorer.load(temp.resolve("artifact"))) {
            float[] served = loaded.logits(List.of(103, 104, 105, 999));
            assertThat(served).containsExactly(model.logitsAt(new int[][] {{3, 4, 5}}, null)[0]);
            assertThat(loaded.knowsMovie(999)).isFalse();
        }
    }

    @Test
    void leavingEachFilmOutScoresTheShorterHistories() {
        int[] movieIds = new int[FILMS];
        for (int i = 0; i < FILMS; i++) {
            movieIds[i] = i;
        }
        SequenceScorer.save(temp.resolve("loo"), model, movieIds, Map.of());
        try (SequenceScorer loaded = SequenceScorer.load(temp.resolve("loo"))) {
            float[][] without = loaded.leavingEachOut(List.of(3, 4, 5));
            assertThat(without).hasNumberOfRows(3);
            // one batched pass pads the shorter rows: the same sums in another order, so equal to float rounding
            assertThat(without[2]).containsExactly(loaded.logits(List.of(3, 4)), within(1e-4f));
            assertThat(without[0]).containsExactly(loaded.logits(List.of(4, 5)), within(1e-4f));
        }
    }

    @Test
    void servingGivesTheNetworksLogitsOverEveryFilmAndAtChosenFilms() {
        // two blocks and two heads, untrained: the float-array path must follow any weights, not only learned ones
        SasRecConfig config = new SasRecConfig(16, 2, 2, 8, 0.1f, 5e-3f, 16, 1, 0, SasRecConfig.CROSS_ENTROPY, 8, 0.75f, 0, 10, 9);
        try (SasRecModel wide = SasRecModel.untrained(config, FILMS)) {
            // longer than maxLength (the latest 8 are read), one film, a film twice, none
            int[][] histories = {{3, 4, 5}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {7}, {2, 9, 2, 11}, {}};
            float[][] network = wide.logits(histories);
            float[][] served = wide.logitsAt(histories, null);
            int[] chosen = {11, 0, 5, 5};
            float[][] at = wide.logitsAt(histories, chosen);
            for (int b = 0; b < histories.length; b++) {
                assertThat(served[b]).as("history %d", b).containsExactly(network[b], within(1e-4f));
                for (int j = 0; j < chosen.length; j++) {
                    assertThat(at[b][j]).isCloseTo(network[b][chosen[j]], within(1e-4f));
                }
            }
            assertThat(served[0]).isNotEqualTo(served[2]);
        }
    }

    @Test
    void scoringLeavesNoArraysBehindOnTheModel() {
        int before = model.managedArrayCount();
        List<int[]> histories = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            histories.add(new int[] {i % FILMS, (i + 1) % FILMS, (i + 5) % FILMS});
        }
        for (int[] h : histories) {
            model.logits(new int[][] {h});
        }
        assertThat(model.managedArrayCount()).isEqualTo(before);
    }

    @Test
    void aDamagedFolderIsASentence() {
        assertThatThrownBy(() -> SequenceScorer.load(temp.resolve("missing")))
                .isInstanceOf(SequenceArtifactException.class).hasMessageContaining("does not exist");
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
