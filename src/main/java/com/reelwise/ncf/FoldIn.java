package com.reelwise.ncf;

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
        Random random = new Random(seed);
        int dim = start.length;
        float[] user = Arrays.copyOf(start, dim);
        float[] m = new float[dim];
        float[] v = new float[dim];
        float[] grad = new float[dim];
        boolean[] excluded = new boolean[net.numItems];
        for (int i : liked) {
            excluded[i] = true;
        }
        for (int i : disliked) {
            excluded[i] = true;
        }
        int sampled = liked.length * negativesPerLike;
        int[] items = new int[liked.length + disliked.length + sampled];
        float[] labels = new float[items.length];
        System.arraycopy(liked, 0, items, 0, liked.length);
        Arrays.fill(labels, 0, liked.length, 1f);
        System.arraycopy(disliked, 0, items, liked.length, disliked.length);
        float[][] pre = net.buffers();
        float[][] act = net.buffers();
        float[][] delta = net.buffers();
        int layers = net.widths.length;
        float[] firstDelta = new float[net.widths[0]];
        for (int t = 1; t <= steps; t++) {
            for (int s = liked.length + disliked.length; s < items.length; s++) {
                int j;
                do {
                    j = random.nextInt(net.numItems);
                } while (excluded[j]);
                items[s] = j;
            }
            Arrays.fill(grad, 0);
            Arrays.fill(firstDelta, 0);
            float[] userProj = net.userProj(user);
            for (int s = 0; s < items.length; s++) {
                int item = items[s];
                float z = net.logit(user, userProj, item, pre, act);
                float dz = (NeuMfWeights.sigmoid(z) - labels[s]) / items.length;
                for (int k = 0; k < net.factors; k++) {
                    grad[k] += dz * net.predictW[k] * net.gmfItem[item * net.factors + k];
                }
                // Backpropagate through the ReLU tower down to the first layer.
                float[] top = delta[layers - 1];
                for (int o = 0; o < top.length; o++) {
                    top[o] = pre[layers - 1][o] > 0 ? dz * net.predictW[net.factors + o] : 0;
                }
                for (int l = layers - 1; l >= 1; l--) {
                    int in = net.widths[l - 1];
                    float[] below = delta[l - 1];
                    Arrays.fill(below, 0);
                    for (int o = 0; o < net.widths[l]; o++) {
                        float d = delta[l][o];
                        if (d != 0) {
                            float[] row = net.weightRows[l][o];
                            for (int k = 0; k < in; k++) {
                                below[k] += row[k] * d;
                            }
                        }
                    }
                    for (int k = 0; k < in; k++) {
                        if (pre[l - 1][k] <= 0) {
                            below[k] = 0;
                        }
                    }
                }
                for (int o = 0; o < firstDelta.length; o++) {
                    firstDelta[o] += delta[0][o];
                }
            }
            // The user half of the first layer is linear in the user vector, so the items' deltas are
            // summed first and taken through its weights once per step, not once per item.
            for (int o = 0; o < firstDelta.length; o++) {
                float d = firstDelta[o];
                if (d != 0) {
                    for (int k = 0; k < net.mlpDim; k++) {
                        grad[net.factors + k] += net.firstUser[o * net.mlpDim + k] * d;
                    }
                }
            }
            float correction1 = 1 - (float) Math.pow(BETA1, t);
            float correction2 = 1 - (float) Math.pow(BETA2, t);
            for (int k = 0; k < dim; k++) {
                float g = grad[k] + PRIOR * (user[k] - start[k]);
                m[k] = BETA1 * m[k] + (1 - BETA1) * g;
                v[k] = BETA2 * v[k] + (1 - BETA2) * g * g;
                user[k] -= learningRate * (m[k] / correction1) / ((float) Math.sqrt(v[k] / correction2) + EPS);
            }
        }
        return user;
    }
}
