package com.reelwise.ncf;

import com.reelwise.djl.UnitLoops;
import java.util.Arrays;
import java.util.Random;

/**
 * Fits a fresh user vector (GMF and MLP halves) for a person the model never saw, by Adam on
 * binary cross-entropy against the frozen item embeddings and network: liked movies are
 * positives, disliked ones and sampled unrated movies negatives (resampled every step, seeded).
 */
final class FoldIn {

    /** Pull toward the mean user: with three likes, nothing else keeps the vector sensible. */
    private static final float PRIOR = 1e-3f;
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;

    private final NeuMfWeights net;
    private final float[] start;

    FoldIn(NeuMfWeights net) {
        this.net = net;
        this.start = net.meanUserVector();
    }

    /** The fitted user vector [gmf | mlp] for dense item indices. */
    float[] fit(int[] liked, int[] disliked, int negativesPerLike, int steps, float learningRate, long seed) {
        return fitEach(new int[][] {liked}, new int[][] {disliked}, negativesPerLike, steps, learningRate, seed)[0];
    }

    /**
     * {@link #fit} for several people at once, exactly as one by one: each keeps its own vector, moments and seeded
     * sampler, but every step runs the network over all their items together, laid out unit by unit, so the loops
     * over items are long (one person's 20-50 items per step are short). Explanations fold in a person's list
     * without each liked film; this is most of their cost.
     */
    float[][] fitEach(int[][] liked, int[][] disliked, int negativesPerLike, int steps, float learningRate, long seed) {
        Batch batch = new Batch(liked, disliked, negativesPerLike, seed);
        for (int t = 1; t <= steps; t++) {
            batch.sampleNegatives();
            batch.gradients();
            batch.adamStep(t, learningRate);
        }
        return batch.user;
    }

    /**
     * Every person's pairs of one fold-in laid out together: person q owns slots {@code first[q]} to
     * {@code first[q + 1]}: their liked films (label 1), their disliked ones (label 0), then the negatives sampled
     * afresh each step. Each person keeps their own vector, Adam moments and seeded sampler.
     */
    private final class Batch {
        final int people;
        final int dim = start.length;
        final Random[] random;
        final float[][] user;
        final float[][] m;
        final float[][] v;
        final boolean[][] excluded;
        final int[] first;
        final int[] fixed;
        final int[] items;
        final float[] labels;
        final int[] owner;
        // per step: the network's pre-activations, activations and backpropagated deltas by unit, and the gradients
        final float[][][] pre;
        final float[][][] act;
        final float[][][] delta;
        final float[] z;
        final float[] dz;
        final float[][] grad;
        final float[][] firstDelta;
        final float[][] userProj;

        Batch(int[][] liked, int[][] disliked, int negativesPerLike, long seed) {
            people = liked.length;
            random = new Random[people];
            user = new float[people][];
            m = new float[people][dim];
            v = new float[people][dim];
            excluded = new boolean[people][net.numItems];
            first = new int[people + 1];
            fixed = new int[people];
            for (int q = 0; q < people; q++) {
                random[q] = new Random(seed);
                user[q] = Arrays.copyOf(start, dim);
                for (int i : liked[q]) {
                    excluded[q][i] = true;
                }
                for (int i : disliked[q]) {
                    excluded[q][i] = true;
                }
                fixed[q] = liked[q].length + disliked[q].length;
                first[q + 1] = first[q] + liked[q].length * (1 + negativesPerLike) + disliked[q].length;
            }
            int size = first[people];
            items = new int[size];
            labels = new float[size];
            owner = new int[size];
            for (int q = 0; q < people; q++) {
                System.arraycopy(liked[q], 0, items, first[q], liked[q].length);
                Arrays.fill(labels, first[q], first[q] + liked[q].length, 1f);
                System.arraycopy(disliked[q], 0, items, first[q] + liked[q].length, disliked[q].length);
                Arrays.fill(owner, first[q], first[q + 1], q);
            }
            int layers = net.widths.length;
            pre = new float[layers][][];
            act = new float[layers][][];
            delta = new float[layers][][];
            for (int l = 0; l < layers; l++) {
                // the first layer's ReLU is taken as its sum is made, and backpropagation reads activations
                pre[l] = l == 0 ? null : new float[net.widths[l]][size];
                act[l] = new float[net.widths[l]][size];
                delta[l] = new float[net.widths[l]][size];
            }
            z = new float[size];
            dz = new float[size];
            grad = new float[people][dim];
            firstDelta = new float[people][net.widths[0]];
            userProj = new float[people][];
        }

        /** Fresh negatives for every person: unrated by them, seeded per person. */
        void sampleNegatives() {
            for (int q = 0; q < people; q++) {
                for (int s = first[q] + fixed[q]; s < first[q + 1]; s++) {
                    int j;
                    do {
                        j = random[q].nextInt(net.numItems);
                    } while (excluded[q][j]);
                    items[s] = j;
                }
                Arrays.fill(grad[q], 0);
                Arrays.fill(firstDelta[q], 0);
                userProj[q] = net.userProj(user[q]);
            }
        }

        /** Each person's gradient of the mean binary cross-entropy of their pairs, for their GMF and MLP halves. */
        void gradients() {
            forward(user, userProj, items, first, pre, act, z);
            for (int b = 0; b < items.length; b++) {
                int q = owner[b];
                dz[b] = (NeuMfWeights.sigmoid(z[b]) - labels[b]) / (first[q + 1] - first[q]);
                for (int k = 0; k < net.factors; k++) {
                    grad[q][k] += dz[b] * net.predictW[k] * net.gmfItem[items[b] * net.factors + k];
                }
            }
            backward(dz, act, delta);
            int h1 = net.widths[0];
            for (int o = 0; o < h1; o++) {
                float[] d = delta[0][o];
                for (int q = 0; q < people; q++) {
                    float sum = firstDelta[q][o];
                    for (int b = first[q]; b < first[q + 1]; b++) {
                        sum += d[b];
                    }
                    firstDelta[q][o] = sum;
                }
            }
            for (int q = 0; q < people; q++) {
                for (int o = 0; o < h1; o++) {
                    float d = firstDelta[q][o];
                    if (d != 0) {
                        for (int k = 0; k < net.mlpDim; k++) {
                            grad[q][net.factors + k] += net.firstUser[o * net.mlpDim + k] * d;
                        }
                    }
                }
            }
        }

        /** Adam at step t, with the pull toward the mean user. */
        void adamStep(int t, float learningRate) {
            float correction1 = 1 - (float) Math.pow(BETA1, t);
            float correction2 = 1 - (float) Math.pow(BETA2, t);
            for (int q = 0; q < people; q++) {
                for (int k = 0; k < dim; k++) {
                    float g = grad[q][k] + PRIOR * (user[q][k] - start[k]);
                    m[q][k] = BETA1 * m[q][k] + (1 - BETA1) * g;
                    v[q][k] = BETA2 * v[q][k] + (1 - BETA2) * g * g;
                    user[q][k] -= learningRate * (m[q][k] / correction1) / ((float) Math.sqrt(v[q][k] / correction2) + EPS);
                }
            }
        }
    }

    /**
     * The logits of a batch of (person, item) pairs, unit by unit. Every unit sums bias + w0·x0 + w1·x1 + … in
     * input order as {@link NeuMfWeights#logit} does; a zero input adds an exact zero here where that skips it.
     */
    private void forward(float[][] user, float[][] userProj, int[] items, int[] first, float[][][] pre, float[][][] act, float[] z) {
        int batch = items.length;
        int people = user.length;
        // person by person, a column of the transposed item tables at a time: one lookup per item and unit
        Arrays.fill(z, net.predictB);
        for (int k = 0; k < net.factors; k++) {
            int column = k * net.numItems;
            for (int q = 0; q < people; q++) {
                float w = net.predictW[k] * user[q][k];
                for (int b = first[q]; b < first[q + 1]; b++) {
                    z[b] += w * net.gmfItemByFactor[column + items[b]];
                }
            }
        }
        int h1 = net.widths[0];
        float[][] a = act[0];
        for (int q = 0; q < people; q++) {
            float[] u = userProj[q];
            for (int b = first[q]; b < first[q + 1]; b++) {
                // the item's row of the projection is contiguous: read it in one go, write unit by unit
                int row = items[b] * h1;
                for (int o = 0; o < h1; o++) {
                    a[o][b] = Math.max(u[o] + net.itemProj[row + o], 0f);
                }
            }
        }
        for (int l = 1; l < net.widths.length; l++) {
            for (int o = 0; o < net.widths[l]; o++) {
                float[] p = pre[l][o];
                Arrays.fill(p, net.biases[l][o]);
                UnitLoops.accumulate(net.weightRows[l][o], act[l - 1], p, batch);
                UnitLoops.relu(p, act[l][o], batch);
            }
        }
        UnitLoops.accumulate(net.towerOutW, act[net.widths.length - 1], z, batch);
    }

    /** Backpropagates each pair's dz through the ReLU tower down to the first layer's units (into {@code delta[0]}). */
    private void backward(float[] dz, float[][][] act, float[][][] delta) {
        int batch = dz.length;
        int top = net.widths.length - 1;
        for (int o = 0; o < net.widths[top]; o++) {
            float w = net.towerOutW[o];
            float[] d = delta[top][o];
            for (int b = 0; b < batch; b++) {
                d[b] = dz[b] * w;
            }
            UnitLoops.keepWhereFired(act[top][o], d, batch);
        }
        for (int l = top; l >= 1; l--) {
            for (int k = 0; k < net.widths[l - 1]; k++) {
                float[] into = delta[l - 1][k];
                Arrays.fill(into, 0);
                UnitLoops.accumulate(net.weightColumns[l][k], delta[l], into, batch);
                UnitLoops.keepWhereFired(act[l - 1][k], into, batch);
            }
        }
    }
}
