package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Movie;
import com.reelwise.catalog.TestMovies;
import com.reelwise.eval.ColdStartSplit;
import com.reelwise.eval.EvaluationRunner;
import com.reelwise.eval.Protocol;
import com.reelwise.eval.Split;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairSamplerTest {

    /** 30 users rating 40 movies at random times and values 1..5. */
    static Ratings ratings() {
        Random random = new Random(3);
        List<int[]> rows = new ArrayList<>();
        for (int u = 1; u <= 30; u++) {
            Set<Integer> seen = new HashSet<>();
            for (int k = 0; k < 15; k++) {
                int movie = 1 + random.nextInt(40);
                if (seen.add(movie)) {
                    rows.add(new int[] {u, movie, 1 + random.nextInt(5), random.nextInt(1_000_000)});
                }
            }
        }
        int n = rows.size();
        int[] users = new int[n];
        int[] movies = new int[n];
        float[] values = new float[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            users[i] = rows.get(i)[0];
            movies[i] = rows.get(i)[1];
            values[i] = rows.get(i)[2];
            times[i] = rows.get(i)[3];
        }
        return Ratings.fromRawIds(users, movies, values, times);
    }

    static List<TextPair> pairs(Ratings ratings, Interactions train, int cap) {
        Movie[] movies = new Movie[ratings.movies().size()];
        for (int i = 0; i < movies.length; i++) {
            int id = ratings.movies().idAt(i);
            movies[i] = new Movie(id, null, null, "Movie " + id, List.of(), 2000, List.of("Drama"), null, null,
                    List.of("keyword" + id), List.of(), null, List.of(), null, 1, 3.0, 0);
        }
        return new PairSampler(new PairConfig(cap, 0.5, 4f, 7L)).sample(ratings, train, i -> movies[i], i -> "item:" + i);
    }

    /** Item indices named in the pairs' movie texts. */
    static Set<Integer> itemsIn(List<TextPair> pairs) {
        Set<Integer> items = new HashSet<>();
        for (TextPair p : pairs) {
            for (String side : new String[] {p.anchor(), p.positive()}) {
                if (side.startsWith("item:")) {
                    items.add(Integer.parseInt(side.substring(5)));
                }
            }
        }
        return items;
    }

    @Test
    void pairs_touch_only_train_interactions_never_test_ones() {
        Ratings ratings = ratings();
        Split split = EvaluationRunner.split(ratings, Protocol.fullRanking(1));
        List<TextPair> pairs = pairs(ratings, split.train(), 400);

        assertThat(pairs).isNotEmpty().hasSizeLessThanOrEqualTo(400);
        int[] trainCounts = split.train().itemCounts();
        for (int item : itemsIn(pairs)) {
            assertThat(trainCounts[item]).as("item %d in a pair", item).isPositive();
        }
        // every co-liked pair is two items one user liked (>= 4) in train
        int[][] liked = PairSampler.likedInTrain(ratings, split.train(), 4f);
        for (TextPair p : pairs) {
            if (p.anchor().startsWith("item:")) {
                int a = Integer.parseInt(p.anchor().substring(5));
                int b = Integer.parseInt(p.positive().substring(5));
                boolean someUser = false;
                for (int[] items : liked) {
                    someUser |= java.util.Arrays.binarySearch(items, a) >= 0 && java.util.Arrays.binarySearch(items, b) >= 0;
                }
                assertThat(someUser).as("pair %d-%d liked together in train", a, b).isTrue();
            }
        }
    }

    @Test
    void held_out_cold_start_movies_never_appear_in_pairs() {
        Ratings ratings = ratings();
        ColdStartSplit split = ColdStartSplit.of(ratings, Protocol.coldStart(5));
        Set<Integer> used = itemsIn(pairs(ratings, split.train(), 1_000));

        assertThat(split.heldOut()).isNotEmpty();
        for (int item : split.heldOut()) {
            assertThat(used).doesNotContain(item);
        }
    }

    @Test
    void the_cap_holds_and_the_mix_is_balanced() {
        Ratings ratings = ratings();
        List<TextPair> pairs = pairs(ratings, Interactions.fromRatings(ratings, 0f), 20);
        long queries = pairs.stream().filter(p -> !p.anchor().startsWith("item:")).count();

        assertThat(pairs).hasSize(20);
        assertThat(queries).isEqualTo(10);
        assertThat(pairs.stream().filter(p -> !p.anchor().startsWith("item:")).map(TextPair::anchor))
                .allMatch(q -> q.startsWith("keyword") && q.endsWith("drama"));
    }

    @Test
    void the_same_seed_draws_the_same_pairs() {
        Ratings ratings = ratings();
        Interactions all = Interactions.fromRatings(ratings, 0f);
        assertThat(pairs(ratings, all, 50)).isEqualTo(pairs(ratings, all, 50));
    }
}
