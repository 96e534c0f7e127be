package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitterTest {

    /** Random ratings over 40 users and 300 items; user 0 has only two ratings. */
    static Ratings generated(long seed) {
        Random random = new Random(seed);
        int n = 2000;
        int[] users = new int[n];
        int[] movies = new int[n];
        float[] values = new float[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            users[i] = i < 2 ? 0 : 1 + random.nextInt(39);
            movies[i] = 1 + random.nextInt(300);
            values[i] = 0.5f * (1 + random.nextInt(10));
            // Coarse times so that ties occur.
            times[i] = random.nextInt(50);
        }
        return Ratings.fromRawIds(users, movies, values, times);
    }

    @Test
    void looHoldsOutTheLatestItemWithDisjointParts() {
        Ratings ratings = generated(1);
        Split split = Splitter.split(ratings, Protocol.loo99neg(7));
        assertDisjoint(split);
        for (int u = 0; u < split.numUsers(); u++) {
            if (split.test().countOf(u) == 0) {
                continue;
            }
            assertThat(split.test().countOf(u)).isEqualTo(1);
            assertThat(split.validation().countOf(u)).isEqualTo(1);
            int testItem = split.test().itemsOf(u)[0];
            long testTime = latestTime(ratings, u, testItem);
            // No train or validation item is later than the test item.
            for (int item : split.known().itemsOf(u)) {
                assertThat(latestTime(ratings, u, item)).isLessThanOrEqualTo(testTime);
            }
        }
    }

    @Test
    void negativesAreUnseenDistinctAndNeverInteracted() {
        Ratings ratings = generated(2);
        Split split = Splitter.split(ratings, Protocol.loo99neg(7));
        Interactions everything = Interactions.fromRatings(ratings, 0f);
        int evaluated = 0;
        for (int u = 0; u < split.numUsers(); u++) {
            int[] negatives = split.negativesOf(u);
            if (split.test().countOf(u) == 0) {
                assertThat(negatives).isEmpty();
                continue;
            }
            evaluated++;
            assertThat(negatives).hasSize(99).doesNotHaveDuplicates();
            for (int item : negatives) {
                assertThat(everything.contains(u, item)).isFalse();
            }
        }
        assertThat(evaluated).isEqualTo(39);
    }

    @Test
    void usersWithTooFewRatingsStayInTrain() {
        Split split = Splitter.split(generated(3), Protocol.fullRanking(7));
        // Raw user 1 is dense index 0 and has two ratings (< minInteractions = 3).
        assertThat(split.train().countOf(0)).isEqualTo(2);
        assertThat(split.test().countOf(0)).isZero();
        assertThat(split.validation().countOf(0)).isZero();
    }

    @Test
    void fullRankingHoldsOutTwentyPercent() {
        Ratings ratings = generated(4);
        Split split = Splitter.split(ratings, Protocol.fullRanking(7));
        assertDisjoint(split);
        for (int u = 1; u < split.numUsers(); u++) {
            int total = split.known().countOf(u) + split.test().countOf(u);
            assertThat(split.test().countOf(u)).isEqualTo(Math.max(1, Math.round(0.2f * total)));
            assertThat(split.validation().countOf(u)).isPositive();
            assertThat(split.train().countOf(u)).isPositive();
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherNegatives() {
        Ratings ratings = generated(5);
        Split a = Splitter.split(ratings, Protocol.loo99neg(11));
        Split b = Splitter.split(ratings, Protocol.loo99neg(11));
        Split c = Splitter.split(ratings, Protocol.loo99neg(12));
        assertThat(a).isEqualTo(b);
        assertThat(a.test().itemsOf(3)).isEqualTo(c.test().itemsOf(3));
        assertThat(a.negativesOf(3)).isNotEqualTo(c.negativesOf(3));
    }

    @Test
    void thresholdDropsLowRatingsFromPositives() {
        Ratings ratings = generated(6);
        Split split = Splitter.split(ratings, Protocol.fullRanking(7).withRatingThreshold(4f));
        for (int u = 0; u < split.numUsers(); u++) {
            for (Interactions part : new Interactions[] {split.train(), split.validation(), split.test()}) {
                for (int item : part.itemsOf(u)) {
                    assertThat(bestRating(ratings, u, item)).isGreaterThanOrEqualTo(4f);
                }
            }
        }
    }

    static Split generatedSplit(long seed) {
        return Splitter.split(generated(seed), Protocol.fullRanking(7));
    }

    static void assertDisjoint(Split split) {
        for (int u = 0; u < split.numUsers(); u++) {
            for (int item : split.test().itemsOf(u)) {
                assertThat(split.train().contains(u, item)).isFalse();
                assertThat(split.validation().contains(u, item)).isFalse();
            }
            for (int item : split.validation().itemsOf(u)) {
                assertThat(split.train().contains(u, item)).isFalse();
            }
        }
    }

    private static long latestTime(Ratings ratings, int user, int item) {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.userIndex(i) == user && ratings.movieIndex(i) == item) {
                latest = Math.max(latest, ratings.timestamp(i));
            }
        }
        return latest;
    }

    private static float bestRating(Ratings ratings, int user, int item) {
        float best = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.userIndex(i) == user && ratings.movieIndex(i) == item) {
                best = Math.max(best, ratings.value(i));
            }
        }
        return best;
    }
}
