package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.ratings.Interactions;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    // 4 users x 4 items: items 0 and 1 always together, item 3 alone with user 3.
    private static final Interactions TRAIN = Interactions.of(4, 4,
            new int[] {0, 0, 1, 1, 1, 2, 3},
            new int[] {0, 1, 0, 1, 2, 2, 3});
    private static final Interactions NO_VALIDATION = Interactions.of(4, 4, new int[0], new int[0]);

    @Test
    void popularityScoresAreTrainPlusValidationCounts() {
        Interactions validation = Interactions.of(4, 4, new int[] {3}, new int[] {2});
        RankingModel model = new PopularityModel();
        model.fit(TRAIN, validation);
        float[] out = new float[4];
        model.scores(0, out);
        assertThat(out).containsExactly(2f, 2f, 3f, 1f);
    }

    @Test
    void itemKnnSumsCosineSimilaritiesOfTheUsersItems() {
        RankingModel model = new ItemKnnModel(2);
        model.fit(TRAIN, NO_VALIDATION);
        float[] out = new float[4];
        model.scores(2, out);
        // User 2 has item 2 only; cos(2, 1) = 1 / sqrt(2 * 2) = 0.5, cos(2, 0) = 0.5, item 3 unrelated.
        assertThat(out[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(out[1]).isCloseTo(0.5f, within(1e-6f));
        assertThat(out[3]).isZero();
        model.scores(0, out);
        // User 0 has items 0 and 1: cos(0, 1) = 1 each way, plus 0.5 + 0.5 for item 2.
        assertThat(out[0]).isCloseTo(1f, within(1e-6f));
        assertThat(out[2]).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void easeMatchesTheClosedFormComputedWithEjml() {
        double lambda = 0.5;
        EaseModel model = new EaseModel(lambda);
        model.fit(TRAIN, NO_VALIDATION);
        // Reference: B = I - P / diag(P), P = (X^T X + lambda I)^-1, in double precision.
        DMatrixRMaj x = new DMatrixRMaj(4, 4);
        for (int u = 0; u < 4; u++) {
            for (int i : TRAIN.itemsOf(u)) {
                x.set(u, i, 1);
            }
        }
        DMatrixRMaj g = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.multTransA(x, x, g);
        for (int i = 0; i < 4; i++) {
            g.add(i, i, lambda);
        }
        DMatrixRMaj p = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.invert(g, p);
        float[] out = new float[4];
        for (int u = 0; u < 4; u++) {
            model.scores(u, out);
            for (int i = 0; i < 4; i++) {
                double expected = 0;
                for (int j : TRAIN.itemsOf(u)) {
                    expected += i == j ? 0 : -p.get(j, i) / p.get(i, i);
                }
                assertThat((double) out[i]).isCloseTo(expected, within(1e-4));
            }
        }
    }

    @Test
    void easePicksTheLambdaWithTheBestValidationScore() {
        Interactions train = SplitterTest.generatedSplit(9).train();
        Interactions validation = SplitterTest.generatedSplit(9).validation();
        EaseModel model = new EaseModel(1, 1e6);
        model.fit(train, validation);
        EaseModel small = new EaseModel(1);
        small.fit(train, Interactions.of(train.numUsers(), train.numItems(), new int[0], new int[0]));
        EaseModel large = new EaseModel(1e6);
        large.fit(train, Interactions.of(train.numUsers(), train.numItems(), new int[0], new int[0]));
        double expected = ValidationScore.ndcg(small, train, validation, 20) >= ValidationScore.ndcg(large, train, validation, 20) ? 1 : 1e6;
        assertThat(model.chosenLambda()).isEqualTo(expected);
    }

    @Test
    void recencyWeightsTheHistoryRowByHowLongAgoEachFilmCame() {
        double lambda = 0.5;
        // Decay 0.5: the latest film counts 1, the one before it 0.5, and so on; B is plain EASE's.
        int[][] order = new int[TRAIN.numUsers()][];
        for (int u = 0; u < order.length; u++) {
            order[u] = TRAIN.itemsOf(u);
        }
        EaseModel recent = EaseModel.withRecency(new double[] {lambda}, 0.5);
        recent.useHistories(order);
        recent.fit(TRAIN, NO_VALIDATION);
        double[][] b = closedForm(lambda);
        float[] out = new float[4];
        for (int u = 0; u < 4; u++) {
            recent.scores(u, out);
            int[] items = order[u];
            for (int i = 0; i < 4; i++) {
                double expected = 0;
                for (int k = 0; k < items.length; k++) {
                    expected += Math.pow(0.5, items.length - 1 - k) * b[items[k]][i];
                }
                assertThat((double) out[i]).isCloseTo(expected, within(1e-4));
            }
        }
        assertThat(recent.name()).isEqualTo("ease-recency");
        assertThat(new EaseModel(lambda).name()).isEqualTo("ease");
    }

    /** B = I - P / diag(P), zero diagonal, P = (X^T X + lambda I)^-1, in double precision with EJML. */
    private static double[][] closedForm(double lambda) {
        DMatrixRMaj x = new DMatrixRMaj(4, 4);
        for (int u = 0; u < 4; u++) {
            for (int i : TRAIN.itemsOf(u)) {
                x.set(u, i, 1);
            }
        }
        DMatrixRMaj g = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.multTransA(x, x, g);
        for (int i = 0; i < 4; i++) {
            g.add(i, i, lambda);
        }
        DMatrixRMaj p = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.invert(g, p);
        double[][] b = new double[4][4];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                b[j][i] = i == j ? 0 : -p.get(j, i) / p.get(i, i);
            }
        }
        return b;
    }

    @Test
    void recencyNeedsTheTimeOrder() {
        EaseModel recent = EaseModel.withRecency(new double[] {1}, 0.9);
        assertThatThrownBy(() -> recent.fit(TRAIN, NO_VALIDATION)).hasMessageContaining("time order");
    }

    @Test
    void alsIsDeterministicForASeedAndFitsTheData() {
        Split split = SplitterTest.generatedSplit(10);
        float[] a = new float[split.numItems()];
        float[] b = new float[split.numItems()];
        float[] c = new float[split.numItems()];
        AlsModel first = new AlsModel(8, 0.1, 10, 5, 3);
        first.fit(split.train(), split.validation());
        first.scores(5, a);
        AlsModel second = new AlsModel(8, 0.1, 10, 5, 3);
        second.fit(split.train(), split.validation());
        second.scores(5, b);
        AlsModel other = new AlsModel(8, 0.1, 10, 5, 4);
        other.fit(split.train(), split.validation());
        other.scores(5, c);
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
        // Observed items score higher on average than unobserved ones.
        Interactions known = split.known();
        double in = 0;
        double out = 0;
        for (int i = 0; i < a.length; i++) {
            if (known.contains(5, i)) {
                in += a[i] / known.countOf(5);
            } else {
                out += a[i] / (a.length - known.countOf(5));
            }
        }
        assertThat(in).isGreaterThan(out);
    }
}
