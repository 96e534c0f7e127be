package com.reelwise.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.ratings.Ratings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served star model: the blend's weights, and a saved model that loads to the same predictions. */
class StarModelTest {

    private static final AutoRecConfig SMALL = new AutoRecConfig(32, 1f, 1e-2f, 8, 60, 10, 5);

    @Test
    void theBlendBeatsItsBiasesAndIsReportedPartByPart() {
        RatingData[] parts = RatingModelsTest.groups(new Random(7));
        StarBlend blend = new StarBlend(SMALL, 1, false);
        blend.fit(parts[0], parts[1]);
        Biases biases = new Biases();
        biases.fit(parts[0].plus(parts[1]), null);

        double blendRmse = RatingMetrics.errors(blend, parts[2])[0];
        assertThat(blendRmse).isLessThan(RatingMetrics.errors(biases, parts[2])[0]);
        assertThat(RatingMetrics.errors(blend.neighbours(), parts[2])[0]).isLessThan(RatingMetrics.errors(biases, parts[2])[0]);
        assertThat(blend.networks()).hasSize(1);
        assertThat(blend.validationRmse()).isFinite();
        // every film here has 10-50 ratings: the middle bucket's weights were fitted, the others had nothing to fit
        assertThat(blend.weights()[1][0] + blend.weights()[1][1]).isGreaterThan(0.5);
        assertThat(blend.weights()[0]).containsExactly(0.0, 0.0);
    }

    @Test
    void leastSquaresWeightsOnKnownNumbers() {
        // biases say 3; I-AutoRec lifts user u by u + 1, k-NN by 1 for even users; the truth is 3 + half the first
        // lift and a quarter of the second, for a film with 20 ratings: the weights come back exactly
        RatingData validation = new RatingData(new int[] {0, 1, 2, 3}, new int[] {0, 0, 0, 0}, new float[] {3.75f, 4f, 4.75f, 5f}, 4, 1);
        RatingModel three = RatingModelsTest.constant(3f);
        RatingModel lifted = byUser(u -> 3f + u + 1);
        RatingModel even = byUser(u -> u % 2 == 0 ? 4f : 3f);
        double[][] w = StarBlend.weightsOn(validation, lifted, even, three, new int[] {20});
        assertThat(w[1][0]).isCloseTo(0.5, within(1e-9));
        assertThat(w[1][1]).isCloseTo(0.25, within(1e-9));
        assertThat(w[0]).containsExactly(0.0, 0.0);
        // k-NN saying what the biases say cannot be told apart: the single best weight for I-AutoRec alone
        double[][] single = StarBlend.weightsOn(validation, lifted, three, three, new int[] {20});
        assertThat(single[1][1]).isZero();
        assertThat(single[1][0]).isCloseTo((0.75 + 2 * 1 + 3 * 1.75 + 4 * 2) / 30.0, within(1e-9));
        assertThat(StarBlend.bucket(0)).isZero();
        assertThat(StarBlend.bucket(9)).isZero();
        assertThat(StarBlend.bucket(10)).isEqualTo(1);
        assertThat(StarBlend.bucket(50)).isEqualTo(2);
    }

    private static RatingModel byUser(java.util.function.IntFunction<Float> stars) {
        return new RatingModel() {
            public String name() {
                return "by user";
            }

            public void fit(RatingData train, RatingData validation) {
            }

            public float predict(int user, int item) {
                return stars.apply(user);
            }
        };
    }

    @Test
    void aSavedModelLoadsToTheTrainedPredictionsAndRefusesOtherRatings(@TempDir Path dir) {
        Ratings ratings = asRatings(RatingModelsTest.groups(new Random(7)));
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);
        TrainStars.Trained trained = TrainStars.train(ratings, "groups", dir, SMALL, false, clock);
        Path saved = trained.dir();
        StarArtifact.Info info = StarArtifact.info(saved);
        assertThat(saved.getFileName().toString()).isEqualTo("groups-20261205-120000");
        assertThat(info.bestEpochs()).hasSize(StarBlend.NETWORKS);
        assertThat(info.ratings()).isEqualTo(ratings.size());

        RatingData all = RatingData.of(ratings);
        StarBlend loaded = StarArtifact.load(saved, all);
        StarBlend again = StarArtifact.load(saved, all);
        float[] first = new float[all.numUsers() * all.numItems()];
        for (int u = 0; u < all.numUsers(); u++) {
            for (int i = 0; i < all.numItems(); i++) {
                first[u * all.numItems() + i] = loaded.predict(u, i);
                assertThat(again.predict(u, i)).isEqualTo(first[u * all.numItems() + i]);
                // the biases and neighbours are refitted at load over the rows in file order: equal up to summation order
                assertThat(first[u * all.numItems() + i]).isCloseTo(trained.blend().predict(u, i), within(1e-4f));
                assertThat(first[u * all.numItems() + i]).isBetween(1f, 5f);
            }
        }
        StarPredictor predictor = new StarPredictor(loaded, ratings);
        int someUser = ratings.users().idAt(0);
        assertThat(predictor.stars(someUser, ratings.movies().idAt(0))).isPresent();
        assertThat(predictor.stars(-5, ratings.movies().idAt(0))).isEmpty();
        // a film nobody rated still gets the user's mean-and-bias guess
        assertThat(predictor.stars(someUser, 999_999)).isPresent();

        RatingData fewer = all.rows(Arrays.copyOf(new int[all.size()], all.size() - 1));
        assertThatThrownBy(() -> StarArtifact.load(saved, fewer)).isInstanceOf(StarArtifactException.class)
                .hasMessageContaining("trained on " + all.size() + " ratings");
    }

    private static Ratings asRatings(RatingData[] parts) {
        RatingData all = parts[0].plus(parts[1]).plus(parts[2]);
        int[] users = new int[all.size()];
        int[] movies = new int[all.size()];
        long[] times = new long[all.size()];
        for (int k = 0; k < all.size(); k++) {
            users[k] = all.users()[k] + 1;
            movies[k] = all.items()[k] + 100;
            times[k] = k;
        }
        return Ratings.fromRawIds(users, movies, all.stars(), times);
    }
}
