package com.reelwise.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.reelwise.ratings.Interactions;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EASE (Steck 2019): item-item weights in closed form, B = I - P / diag(P) with
 * P = (X^T X + lambda I)^-1 and a zero diagonal. Lambda is picked by validation NDCG@20 over a
 * grid (weights fit on train), then the weights are refit on train plus validation.
 *
 * <p>The n x n inversion runs in PyTorch through DJL: about 12-28 s for ml-latest-small's 9,724
 * items on two shared cores, against an extrapolated ~300 s for EJML (see InverseBenchmark).
 */
final class EaseModel implements RankingModel {

    private static final Logger LOG = LoggerFactory.getLogger(EaseModel.class);

    private final double[] lambdas;
    private Interactions history;
    private float[] weights;
    private int n;
    private double chosenLambda = Double.NaN;

    EaseModel(double... lambdas) {
        if (lambdas.length == 0) {
            throw new IllegalArgumentException("at least one lambda");
        }
        this.lambdas = lambdas.clone();
    }

    @Override
    public String name() {
        return "ease";
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        chosenLambda = lambdas[0];
        if (lambdas.length > 1 && validation.size() > 0) {
            double best = Double.NEGATIVE_INFINITY;
            for (double lambda : lambdas) {
                fitWeights(train, lambda);
                double score = ValidationScore.ndcg(this, train, validation, 20);
                LOG.info("EASE lambda={} validation NDCG@20={}", lambda, String.format("%.4f", score));
                if (score > best) {
                    best = score;
                    chosenLambda = lambda;
                }
            }
        }
        LOG.info("EASE refits with lambda={} on train plus validation", chosenLambda);
        fitWeights(Split.union(train, validation), chosenLambda);
    }

    /** The lambda the last fit used. */
    double chosenLambda() {
        return chosenLambda;
    }

    private void fitWeights(Interactions x, double lambda) {
        history = x;
        n = x.numItems();
        if ((long) n * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " items is too many for dense EASE weights");
        }
        weights = null; // let the previous n x n array go before building the next
        float[] gram = gram(x);
        for (int i = 0; i < n; i++) {
            gram[i * n + i] += (float) lambda;
        }
        float[] p;
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray g = manager.create(gram, new Shape(n, n));
            gram = null;
            p = g.inverse().toFloatArray();
        }
        float[] diagonal = new float[n];
        for (int j = 0; j < n; j++) {
            diagonal[j] = p[j * n + j];
        }
        // B[i][j] = -P[i][j] / P[j][j] off the diagonal, 0 on it; computed in place.
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                p[row + j] = i == j ? 0f : -p[row + j] / diagonal[j];
            }
        }
        weights = p;
    }

    /** X^T X of the binary matrix, dense row-major. */
    private static float[] gram(Interactions x) {
        int n = x.numItems();
        float[] gram = new float[n * n];
        for (int u = 0; u < x.numUsers(); u++) {
            int[] items = x.itemsOf(u);
            for (int i : items) {
                int row = i * n;
                for (int j : items) {
                    gram[row + j] += 1f;
                }
            }
        }
        return gram;
    }

    @Override
    public void scores(int user, float[] out) {
        Arrays.fill(out, 0f);
        // x_u B: the sum of the weight rows of the user's items.
        for (int j : history.itemsOf(user)) {
            int row = j * n;
            for (int i = 0; i < n; i++) {
                out[i] += weights[row + i];
            }
        }
    }
}
