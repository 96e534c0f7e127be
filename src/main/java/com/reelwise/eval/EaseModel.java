package com.reelwise.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import com.reelwise.memory.MemoryInfo;
import com.reelwise.ratings.Interactions;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EASE (Steck 2019): item-item weights in closed form, B = I - P / diag(P) with
 * P = (X^T X + lambda I)^-1 and a zero diagonal. Lambda is picked by validation NDCG@20 over a
 * grid (weights fit on train), then the weights are refit on train plus validation.
 *
 * <p>With recency decays ({@link #withRecency}) it is {@code ease-recency}: a user's history row is
 * weighted by how recent each film is, {@code decay^k} for the film k places before the latest, when
 * scoring (the weights B are the same). Lambda and decay are chosen together on validation; decay 1 is
 * plain EASE, so the grid always contains it.
 *
 * <p>The n x n inversion runs in PyTorch through DJL: about 12-28 s for ml-latest-small's 9,724
 * items on two shared cores, against an extrapolated ~300 s for EJML (see InverseBenchmark).
 */
final class EaseModel implements RankingModel, HistoryAware {

    private static final Logger LOG = LoggerFactory.getLogger(EaseModel.class);

    private final double[] lambdas;
    private final double[] decays;
    private Interactions history;
    private float[] weights;
    private int n;
    private double chosenLambda = Double.NaN;
    private double chosenDecay = 1;
    private double decay = 1;
    private int[][] knownOrder;
    private int[][] order;

    EaseModel(double... lambdas) {
        this(lambdas, new double[] {1});
    }

    private EaseModel(double[] lambdas, double[] decays) {
        if (lambdas.length == 0 || decays.length == 0) {
            throw new IllegalArgumentException("at least one lambda and one decay");
        }
        this.lambdas = lambdas.clone();
        this.decays = decays.clone();
    }

    /** {@code ease-recency}: the same lambda grid, and history rows weighted by recency with a decay from {@code decays}. */
    static EaseModel withRecency(double[] lambdas, double... decays) {
        return new EaseModel(lambdas, decays);
    }

    @Override
    public String name() {
        return decays.length == 1 && decays[0] == 1 ? "ease" : "ease-recency";
    }

    @Override
    public void useHistories(int[][] knownOrder) {
        this.knownOrder = knownOrder;
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        boolean recency = decays.length > 1 || decays[0] != 1;
        if (recency && knownOrder == null) {
            throw new IllegalStateException("ease-recency needs each user's history in time order (useHistories) before fit");
        }
        chosenLambda = lambdas[0];
        chosenDecay = decays[0];
        if ((lambdas.length > 1 || decays.length > 1) && validation.size() > 0) {
            order = recency ? Split.prefixes(knownOrder, train) : null;
            double best = Double.NEGATIVE_INFINITY;
            for (double lambda : lambdas) {
                fitWeights(train, lambda);
                for (double d : decays) {
                    decay = d;
                    double score = ValidationScore.ndcg(this, train, validation, 20);
                    LOG.info("{} lambda={} decay={} validation NDCG@20={}", name(), lambda, d, String.format("%.4f", score));
                    if (score > best) {
                        best = score;
                        chosenLambda = lambda;
                        chosenDecay = d;
                    }
                }
            }
        }
        LOG.info("{} refits with lambda={}, decay={} on train plus validation", name(), chosenLambda, chosenDecay);
        decay = chosenDecay;
        order = knownOrder;
        fitWeights(Split.union(train, validation), chosenLambda);
    }

    /** The lambda the last fit used. */
    double chosenLambda() {
        return chosenLambda;
    }

    /** The recency decay the last fit used (1: plain EASE). */
    double chosenDecay() {
        return chosenDecay;
    }

    private void fitWeights(Interactions x, double lambda) {
        history = x;
        n = x.numItems();
        DenseEaseMemory.refuseIfTooLarge(n, MemoryInfo.freeHeapBytes(), MemoryInfo.uncommittedHeapBytes(), MemoryInfo.availableBytes());
        weights = null; // let the previous n x n array go before building the next
        float[] gram = gram(x);
        for (int i = 0; i < n; i++) {
            gram[i * n + i] += (float) lambda;
        }
        float[] p = gram; // the inverse comes back into the same array: one n x n matrix in the heap at a time
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray inverse;
            try (NDArray g = toNative(manager, gram, n, blockRows(n))) {
                inverse = g.inverse();
            }
            fromNative(inverse, p, n, blockRows(n));
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

    /**
     * An n x n row-major matrix into native memory a block of rows at a time: DJL copies through one direct buffer per
     * call, whose size is an int, so a single call stops at 23,170 films (4 n² bytes past 2^31); in blocks, dense EASE
     * runs up to the Java array's bound (46,340 films, {@link DenseEaseMemory}).
     */
    static NDArray toNative(NDManager manager, float[] matrix, int n, int rows) {
        if (rows >= n) {
            return manager.create(matrix, new Shape(n, n));
        }
        try (NDManager blocks = manager.newSubManager()) {
            NDList parts = new NDList();
            for (int from = 0; from < n; from += rows) {
                int count = Math.min(rows, n - from);
                parts.add(blocks.create(java.nio.FloatBuffer.wrap(matrix, from * n, count * n), new Shape(count, n)));
            }
            NDArray whole = NDArrays.concat(parts, 0);
            whole.attach(manager);
            return whole;
        }
    }

    /** {@link #toNative} back: the matrix's rows into {@code out}, a block at a time. */
    static void fromNative(NDArray matrix, float[] out, int n, int rows) {
        for (int from = 0; from < n; from += rows) {
            int count = Math.min(rows, n - from);
            try (NDArray block = matrix.get(new NDIndex("{}:{}", from, from + count))) {
                System.arraycopy(block.toFloatArray(), 0, out, from * n, count * n);
            }
        }
    }

    /** Rows per transfer: 256 MB of floats. */
    static int blockRows(int n) {
        return Math.max(1, (1 << 26) / n);
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
        if (decay == 1 || order == null) {
            // x_u B: the sum of the weight rows of the user's items.
            for (int j : history.itemsOf(user)) {
                addRow(out, j, 1f);
            }
            return;
        }
        int[] items = order[user];
        float w = 1f;
        for (int k = items.length - 1; k >= 0; k--) {
            addRow(out, items[k], w);
            w *= (float) decay;
        }
    }

    private void addRow(float[] out, int item, float w) {
        int row = item * n;
        for (int i = 0; i < n; i++) {
            out[i] += w * weights[row + i];
        }
    }
}
