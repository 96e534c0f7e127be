package com.reelwise.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.progress.TrainingProgress;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The taste autoencoder trained on a small catalog of films in two taste groups: serving's sparse float-array
 * path must give the network's own logits, over every film and at chosen films, and read the groups.
 */
class DaeModelTest {

    static final int FILMS = 300;

    private static DaeModel model;

    @BeforeAll
    static void train() {
        Random random = new Random(5);
        int[][] histories = new int[200][];
        for (int u = 0; u < histories.length; u++) {
            int group = u % 2;
            histories[u] = new int[8];
            for (int k = 0; k < 8; k++) {
                histories[u][k] = group * FILMS / 2 + random.nextInt(FILMS / 2);
            }
        }
        DaeConfig config = new DaeConfig(32, 8, 0.5f, 1e-2f, 0f, 32, 15, 0, 0.9f, 11);
        model = DaeModel.untrained(config, FILMS);
        model.fit(histories, null, false, TrainingProgress.NONE);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void servingGivesTheNetworksLogitsOverEveryFilmAndAtChosenFilms() {
        int[][] histories = {{3, 17, 40}, {200, 201, 290, 200}, {7}, {150, 10, 299, 42, 42, 5}};
        float[][] network = model.logits(histories);
        float[][] served = model.logitsAt(histories, null);
        int[] chosen = {299, 0, 150, 42, 42, 7};
        float[][] at = model.logitsAt(histories, chosen);
        for (int b = 0; b < histories.length; b++) {
            assertThat(served[b]).hasSize(FILMS);
            for (int i = 0; i < FILMS; i++) {
                assertThat(served[b][i]).as("history %d film %d", b, i).isCloseTo(network[b][i], within(1e-4f));
            }
            for (int j = 0; j < chosen.length; j++) {
                assertThat(at[b][j]).isCloseTo(network[b][chosen[j]], within(1e-4f));
            }
        }
    }

    @Test
    void aHistoryInOneGroupRanksThatGroupsFilmsAbove() {
        float[] lowGroup = model.logitsAt(new int[][] {{1, 20, 33, 70, 101}}, null)[0];
        double inGroup = 0;
        double outGroup = 0;
        for (int i = 0; i < FILMS; i++) {
            if (i < FILMS / 2) {
                inGroup += lowGroup[i];
            } else {
                outGroup += lowGroup[i];
            }
        }
        assertThat(inGroup).isGreaterThan(outGroup);
    }
}
