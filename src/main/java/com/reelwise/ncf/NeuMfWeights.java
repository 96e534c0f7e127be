package com.reelwise.ncf;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained network copied into plain float arrays for per-person work (fold-in, scoring a
 * folded-in person). The network is tiny, so Java loops beat dozens of DJL/JNI calls per step.
 * Immutable after construction; safe to share between threads.
 */
final class NeuMfWeights {

    final int numItems;
    final int factors;
    final int mlpDim;
    final float[] gmfItem;     // numItems x factors
    final float[] mlpItem;     // numItems x mlpDim
    final float[] itemProj;    // numItems x h1: item half of the first tower layer plus its bias, precomputed
    final float[] gmfUser;     // numUsers x factors
    final float[] mlpUser;     // numUsers x mlpDim
    final float[] firstUser;   // h1 x mlpDim: user half of the first tower layer
    final float[][] weights;   // layers 2..L: out x in
    final float[][] biases;
    final int[] widths;        // h1..hL
    final float[] predictW;    // factors + hL
    final float predictB;

    NeuMfWeights(NeuMfBlock block, NeuMfConfig config) {
        factors = config.factors();
        mlpDim = config.mlpEmbedding();
        gmfItem = block.table(NeuMfBlock.GMF_ITEM).getArray().toFloatArray();
        gmfUser = block.table(NeuMfBlock.GMF_USER).getArray().toFloatArray();
        mlpUser = block.table(NeuMfBlock.MLP_USER).getArray().toFloatArray();
        mlpItem = block.table(NeuMfBlock.MLP_ITEM).getArray().toFloatArray();
        numItems = gmfItem.length / factors;
        List<Linear> linears = new ArrayList<>();
        for (Block child : block.tower().getChildren().values()) {
            if (child instanceof Linear linear) {
                linears.add(linear);
            }
        }
        widths = new int[linears.size()];
        weights = new float[linears.size()][];
        biases = new float[linears.size()][];
        for (int l = 0; l < linears.size(); l++) {
            weights[l] = linears.get(l).getParameters().get("weight").getArray().toFloatArray();
            biases[l] = linears.get(l).getParameters().get("bias").getArray().toFloatArray();
            widths[l] = biases[l].length;
        }
        int h1 = widths[0];
        int in1 = 2 * mlpDim;
        firstUser = new float[h1 * mlpDim];
        itemProj = new float[numItems * h1];
        for (int o = 0; o < h1; o++) {
            System.arraycopy(weights[0], o * in1, firstUser, o * mlpDim, mlpDim);
        }
        for (int i = 0; i < numItems; i++) {
            for (int o = 0; o < h1; o++) {
                float s = biases[0][o];
                int w = o * in1 + mlpDim;
                for (int k = 0; k < mlpDim; k++) {
                    s += weights[0][w + k] * mlpItem[i * mlpDim + k];
                }
                itemProj[i * h1 + o] = s;
            }
        }
        predictW = block.predict().getParameters().get("weight").getArray().toFloatArray();
        predictB = block.predict().getParameters().get("bias").getArray().toFloatArray()[0];
    }

    int numUsers() {
        return gmfUser.length / factors;
    }

    /** The GMF and MLP vectors of a trained user, as one array [gmf | mlp]. */
    float[] userVector(int user) {
        float[] v = new float[factors + mlpDim];
        System.arraycopy(gmfUser, user * factors, v, 0, factors);
        System.arraycopy(mlpUser, user * mlpDim, v, factors, mlpDim);
        return v;
    }

    /** Mean trained user vector: the starting point (and prior) of a fold-in. */
    float[] meanUserVector() {
        float[] mean = new float[factors + mlpDim];
        int n = numUsers();
        for (int u = 0; u < n; u++) {
            float[] v = userVector(u);
            for (int k = 0; k < mean.length; k++) {
                mean[k] += v[k] / n;
            }
        }
        return mean;
    }

    /** The first tower layer's user half applied to a user's MLP vector (no bias; the bias is in itemProj). */
    float[] userProj(float[] user) {
        int h1 = widths[0];
        float[] p = new float[h1];
        for (int o = 0; o < h1; o++) {
            float s = 0;
            for (int k = 0; k < mlpDim; k++) {
                s += firstUser[o * mlpDim + k] * user[factors + k];
            }
            p[o] = s;
        }
        return p;
    }

    /**
     * Logit of (user, item). Fills {@code activations[l]} with layer l's post-ReLU output
     * (and {@code pre[l]} with its pre-activation) when backpropagation needs them.
     */
    float logit(float[] user, float[] userProj, int item, float[][] pre, float[][] activations) {
        float z = predictB;
        for (int k = 0; k < factors; k++) {
            z += predictW[k] * user[k] * gmfItem[item * factors + k];
        }
        int h1 = widths[0];
        float[] a = activations[0];
        for (int o = 0; o < h1; o++) {
            float s = userProj[o] + itemProj[item * h1 + o];
            pre[0][o] = s;
            a[o] = s > 0 ? s : 0;
        }
        for (int l = 1; l < widths.length; l++) {
            float[] w = weights[l];
            int in = widths[l - 1];
            float[] prev = activations[l - 1];
            for (int o = 0; o < widths[l]; o++) {
                float s = biases[l][o];
                for (int k = 0; k < in; k++) {
                    s += w[o * in + k] * prev[k];
                }
                pre[l][o] = s;
                activations[l][o] = s > 0 ? s : 0;
            }
        }
        float[] last = activations[widths.length - 1];
        for (int k = 0; k < last.length; k++) {
            z += predictW[factors + k] * last[k];
        }
        return z;
    }

    /** Scratch buffers for {@link #logit}, one per layer. */
    float[][] buffers() {
        float[][] b = new float[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            b[l] = new float[widths[l]];
        }
        return b;
    }

    /** Probability for every item, for one user vector. */
    float[] probabilities(float[] user) {
        float[] userProj = userProj(user);
        float[][] pre = buffers();
        float[][] act = buffers();
        float[] out = new float[numItems];
        for (int i = 0; i < numItems; i++) {
            out[i] = sigmoid(logit(user, userProj, i, pre, act));
        }
        return out;
    }

    static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }
}
