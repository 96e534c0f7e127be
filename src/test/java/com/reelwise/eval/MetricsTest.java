package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final int[] NOTHING = {};

    @Test
    void perfectListScoresOne() {
        int[] ranked = {4, 2, 9};
        int[] truth = {2, 4, 9};
        assertThat(Metrics.recall(ranked, truth, 3)).isEqualTo(1.0);
        assertThat(Metrics.ndcg(ranked, truth, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.averagePrecision(ranked, truth, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.hitRate(0, 10)).isEqualTo(1.0);
        assertThat(Metrics.ndcgOfRank(0, 10)).isEqualTo(1.0);
    }

    @Test
    void noHitScoresZero() {
        int[] ranked = {1, 2, 3};
        int[] truth = {7, 8};
        assertThat(Metrics.recall(ranked, truth, 3)).isZero();
        assertThat(Metrics.ndcg(ranked, truth, 3)).isZero();
        assertThat(Metrics.averagePrecision(ranked, truth, 3)).isZero();
        assertThat(Metrics.hitRate(10, 10)).isZero();
        assertThat(Metrics.ndcgOfRank(10, 10)).isZero();
    }

    @Test
    void emptyTruthScoresZero() {
        int[] ranked = {1, 2, 3};
        assertThat(Metrics.recall(ranked, NOTHING, 3)).isZero();
        assertThat(Metrics.ndcg(ranked, NOTHING, 3)).isZero();
        assertThat(Metrics.averagePrecision(ranked, NOTHING, 3)).isZero();
    }

    @Test
    void handComputedValues() {
        // Hits at positions 2 and 4 of four; truth {1, 3}.
        int[] ranked = {5, 1, 7, 3};
        int[] truth = {1, 3};
        // DCG = 1/log2(3) + 1/log2(5) = 1.0616063; IDCG = 1 + 1/log2(3) = 1.6309298.
        assertThat(Metrics.ndcg(ranked, truth, 4)).isCloseTo(0.6509209298071326, within(1e-12));
        // AP = (1/2 + 2/4) / min(4, 2) = 0.5.
        assertThat(Metrics.averagePrecision(ranked, truth, 4)).isCloseTo(0.5, within(1e-12));
        assertThat(Metrics.recall(ranked, truth, 2)).isEqualTo(0.5);
        // Only the first two count at k = 2: DCG = 1/log2(3), IDCG the same as above.
        assertThat(Metrics.ndcg(ranked, truth, 2)).isCloseTo((1 / log2(3)) / (1 + 1 / log2(3)), within(1e-12));
        // Rank 2 (third place): 1 / log2(4) = 0.5.
        assertThat(Metrics.ndcgOfRank(2, 10)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void idealDcgIsCappedByCutoff() {
        // Five relevant items but only two slots: a list of two hits is perfect at k = 2.
        int[] truth = {1, 2, 3, 4, 5};
        assertThat(Metrics.ndcg(new int[] {3, 1}, truth, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.averagePrecision(new int[] {3, 1}, truth, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.recall(new int[] {3, 1}, truth, 2)).isEqualTo(0.4);
    }

    @Test
    void listsBreakTiesByLowerItemIndex() {
        float[] scores = {1f, 2f, 2f, 0f, Float.NaN};
        assertThat(Metrics.topK(scores, 3, i -> false)).containsExactly(1, 2, 0);
        assertThat(Metrics.topK(scores, 5, i -> false)).containsExactly(1, 2, 0, 3, 4);
    }

    @Test
    void aHeldOutItemLosesEveryTie() {
        float[] scores = {1f, 2f, 2f, 0f, Float.NaN, Float.NaN};
        // Items 1 and 2 tie: whichever is held out, the other counts before it.
        assertThat(Metrics.rankAmong(scores, 2, new int[] {1, 3})).isEqualTo(1);
        assertThat(Metrics.rankAmong(scores, 1, new int[] {2, 3})).isEqualTo(1);
        // A method that cannot score the held-out item (NaN) ranks it below every candidate, NaN ones included.
        assertThat(Metrics.rankAmong(scores, 4, new int[] {0, 3, 5})).isEqualTo(3);
        // A constant scorer gets no credit: the held-out item ties with all 99 negatives.
        float[] flat = new float[100];
        int[] negatives = java.util.stream.IntStream.range(1, 100).toArray();
        assertThat(Metrics.hitRate(Metrics.rankAmong(flat, 0, negatives), 10)).isZero();
    }

    @Test
    void topKSkipsExcludedAndShortensWhenFewRemain() {
        float[] scores = {5f, 4f, 3f};
        assertThat(Metrics.topK(scores, 2, i -> i == 0)).containsExactly(1, 2);
        assertThat(Metrics.topK(scores, 5, i -> i == 1)).containsExactly(0, 2);
    }

    @Test
    void longListsFollowTheSameOrderAsSortingEveryItem() {
        java.util.Random random = new java.util.Random(17);
        float[] scores = new float[3000];
        for (int i = 0; i < scores.length; i++) {
            // few distinct values, so ties are everywhere, and some NaN (lowest)
            scores[i] = random.nextInt(50) == 0 ? Float.NaN : random.nextInt(400);
        }
        java.util.function.IntPredicate excluded = i -> i % 7 == 3;
        int[] sorted = java.util.stream.IntStream.range(0, scores.length).filter(excluded.negate()).boxed()
                .sorted((a, b) -> Metrics.before(scores, a, b) ? -1 : Metrics.before(scores, b, a) ? 1 : 0)
                .mapToInt(Integer::intValue).toArray();
        for (int k : new int[] {33, 150, 2571, 2572, 4000}) {
            int[] top = Metrics.topK(scores, k, excluded);
            assertThat(top).as("k = %d", k).containsExactly(java.util.Arrays.copyOf(sorted, Math.min(k, sorted.length)));
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
