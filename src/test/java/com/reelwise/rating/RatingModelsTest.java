package com.reelwise.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rating metrics on known numbers, and each model on small ratings whose structure it should find. */
class RatingModelsTest {

    @Test
    void rmseAndMaeOnKnownErrors() {
        RatingData test = new RatingData(new int[] {0, 1, 2}, new int[] {0, 0, 0}, new float[] {4, 2, 5}, 3, 1);
        RatingModel threes = constant(3f);
        double[] errors = RatingMetrics.errors(threes, test);
        // errors -1, +1, -2: RMSE sqrt(6/3), MAE 4/3
        assertThat(errors[0]).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(errors[1]).isCloseTo(4.0 / 3, within(1e-12));
    }

    @Test
    void eachModelBeatsTheGlobalMeanWhereUsersAndItemsDifferAndAutoRecLearnsTheTasteGroups() {
        RatingData[] parts = groups(new Random(7));
        RatingData train = parts[0];
        RatingData validation = parts[1];
        RatingData test = parts[2];
        GlobalMean mean = new GlobalMean();
        mean.fit(train, null);
        double floor = RatingMetrics.errors(mean, test)[0];
        Biases biases = new Biases();
        biases.fit(train, null);
        BiasedMf mf = new BiasedMf(3);
        mf.fit(train, null);
        AutoRec autoRec = new AutoRec(new AutoRecConfig(32, 1f, 1e-2f, 8, 60, 10, 5), false);
        autoRec.fit(train, validation);

        assertThat(RatingMetrics.errors(biases, test)[0]).isLessThan(floor);
        assertThat(RatingMetrics.errors(mf, test)[0]).isLessThan(floor);
        // the groups' tastes are not biases: only a model of interactions separates them
        assertThat(RatingMetrics.errors(autoRec, test)[0]).isLessThan(RatingMetrics.errors(biases, test)[0]);
        assertThat(autoRec.bestEpoch()).isBetween(1, autoRec.curve().size());
        // predictions stay on the scale seen in training, and an unseen user gets the mean
        assertThat(autoRec.predict(0, 0)).isBetween(1f, 5f);
        assertThat(autoRec.predict(train.numUsers() + 3, 0)).isEqualTo((float) train.mean());
    }

    /**
     * 60 users and 40 items, each in one of two taste groups: a rating is 3, plus the user's and the item's own
     * leaning (biases can learn those), plus 1.2 when user and item share a group and minus 1.2 when not (only a
     * model of interactions can), rounded onto 1-5.
     */
    static RatingData[] groups(Random random) {
        List<int[]> rows = new ArrayList<>();
        List<Float> stars = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            for (int i = 0; i < 40; i++) {
                if (random.nextDouble() < 0.5) {
                    double leaning = (u % 3 - 1) * 0.7 + (i % 5 - 2) * 0.3;
                    double taste = (u % 2) == (i % 2) ? 1.2 : -1.2;
                    rows.add(new int[] {u, i});
                    stars.add((float) Math.max(1, Math.min(5, Math.round(3 + leaning + taste + 0.3 * random.nextGaussian()))));
                }
            }
        }
        int n = rows.size();
        int[] users = rows.stream().mapToInt(r -> r[0]).toArray();
        int[] items = rows.stream().mapToInt(r -> r[1]).toArray();
        float[] s = new float[n];
        for (int k = 0; k < n; k++) {
            s[k] = stars.get(k);
        }
        RatingData all = new RatingData(users, items, s, 60, 40);
        RatingData[] restAndTest = all.holdOut(0.2, 11);
        RatingData[] trainAndValidation = restAndTest[0].holdOut(0.1, 12);
        return new RatingData[] {trainAndValidation[0], trainAndValidation[1], restAndTest[1]};
    }

    static RatingModel constant(float value) {
        return new RatingModel() {
            public String name() {
                return "constant";
            }

            public void fit(RatingData train, RatingData validation) {
            }

            public float predict(int user, int item) {
                return value;
            }
        };
    }
}
