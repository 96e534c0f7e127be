package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.ratings.Ratings;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColdStartSplitTest {

    /** 50 users; movie m is rated by about m users, so popularity varies. */
    static Ratings ratings() {
        Random random = new Random(11);
        java.util.List<float[]> rows = new java.util.ArrayList<>();
        for (int m = 1; m <= 60; m++) {
            for (int u = 1; u <= 50; u++) {
                if (random.nextInt(60) < m) {
                    rows.add(new float[] {u, m, 1 + random.nextInt(5)});
                }
            }
        }
        int[] users = rows.stream().mapToInt(r -> (int) r[0]).toArray();
        int[] movies = rows.stream().mapToInt(r -> (int) r[1]).toArray();
        float[] values = new float[rows.size()];
        long[] times = new long[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[2];
            times[i] = i;
        }
        return Ratings.fromRawIds(users, movies, values, times);
    }

    @Test
    void no_held_out_movie_is_left_in_train() {
        Ratings ratings = ratings();
        ColdStartSplit split = ColdStartSplit.of(ratings, Protocol.coldStart(42));

        assertThat(split.heldOut()).isNotEmpty();
        for (int item : split.heldOut()) {
            assertThat(split.train().itemCounts()[item]).isZero();
        }
        // every other rating stays in train
        int kept = 0;
        for (int row = 0; row < ratings.size(); row++) {
            if (!split.isHeldOut(ratings.movieIndex(row))) {
                assertThat(split.train().contains(ratings.userIndex(row), ratings.movieIndex(row))).isTrue();
                kept++;
            }
        }
        assertThat(split.train().size()).isEqualTo(kept);
    }

    @Test
    void holds_out_the_share_of_eligible_movies_and_only_liked_ones_count() {
        Ratings ratings = ratings();
        Protocol protocol = Protocol.coldStart(42);
        ColdStartSplit split = ColdStartSplit.of(ratings, protocol);
        int[] counts = new int[ratings.movies().size()];
        for (int row = 0; row < ratings.size(); row++) {
            counts[ratings.movieIndex(row)]++;
        }
        long eligible = java.util.Arrays.stream(counts).filter(c -> c >= protocol.minInteractions()).count();

        assertThat(split.heldOut()).hasSize((int) Math.round(0.1 * eligible));
        for (int item : split.heldOut()) {
            assertThat(counts[item]).isGreaterThanOrEqualTo(protocol.minInteractions());
        }
        for (int row = 0; row < ratings.size(); row++) {
            int u = ratings.userIndex(row);
            int item = ratings.movieIndex(row);
            boolean liked = java.util.Arrays.binarySearch(split.liked()[u], item) >= 0;
            assertThat(liked).isEqualTo(split.isHeldOut(item) && ratings.value(row) >= 4f);
        }
    }

    @Test
    void the_seed_decides_the_held_out_movies() {
        Ratings ratings = ratings();
        assertThat(ColdStartSplit.of(ratings, Protocol.coldStart(1)).heldOut())
                .containsExactly(ColdStartSplit.of(ratings, Protocol.coldStart(1)).heldOut())
                .isNotEqualTo(ColdStartSplit.of(ratings, Protocol.coldStart(2)).heldOut());
    }

    @Test
    void a_model_that_knows_the_liked_movies_scores_one_and_random_less() {
        Ratings ratings = ratings();
        Protocol protocol = Protocol.coldStart(42);
        ColdStartSplit split = ColdStartSplit.of(ratings, protocol);
        RankingModel oracle = new RankingModel() {
            public String name() {
                return "oracle";
            }

            public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
            }

            public void scores(int user, float[] out) {
                java.util.Arrays.fill(out, 0f);
                for (int item : split.liked()[user]) {
                    out[item] = 1f;
                }
            }
        };
        var perfect = ColdStartEvaluation.evaluate(oracle, split, protocol);
        var random = ColdStartEvaluation.evaluate(new ColdStartEvaluation.RandomScores(1), split, protocol);

        assertThat(perfect.get("NDCG@10")).isEqualTo(1.0);
        assertThat(random.get("NDCG@10")).isLessThan(1.0);
    }
}
