package com.reelwise.ncf;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import com.reelwise.djl.UnitLoops;
import java.util.ArrayList;
import java.util.Arrays;
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
    final float[][][] weightRows;     // layers 2..L: [out][in], one array per output unit (backpropagation)
    final float[][][] weightColumns;  // layers 2..L: [in][out], one array per input unit (forward pass)
    final float[][] biases;
    final int[] widths;        // h1..hL
    final float[] predictW;    // factors + hL
    final float[] towerOutW;   // hL: the tower's part of predictW
    final float predictB;
    final float[] gmfItemByFactor;   // factors x numItems: gmfItem transposed, for scoring every item at once
    final float[] itemProjByUnit;    // h1 x numItems: itemProj transposed

    /** Items scored together by {@link #probabilities}: big enough to vectorise, small enough for L1/L2. */
    private static final int BLOCK = 256;

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
        float[][] weights = new float[linears.size()][];
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
        weightRows = new float[widths.length][][];
        weightColumns = new float[widths.length][][];
        for (int l = 1; l < widths.length; l++) {
            int in = widths[l - 1];
            weightRows[l] = new float[widths[l]][in];
            weightColumns[l] = new float[in][widths[l]];
            for (int o = 0; o < widths[l]; o++) {
                for (int k = 0; k < in; k++) {
                    weightRows[l][o][k] = weights[l][o * in + k];
                    weightColumns[l][k][o] = weights[l][o * in + k];
                }
            }
        }
        gmfItemByFactor = transpose(gmfItem, numItems, factors);
        itemProjByUnit = transpose(itemProj, numItems, h1);
        predictW = block.predict().getParameters().get("weight").getArray().toFloatArray();
        predictB = block.predict().getParameters().get("bias").getArray().toFloatArray()[0];
        towerOutW = Arrays.copyOfRange(predictW, factors, predictW.length);
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
        // Input by input (a column of weights at a time, the same index on both sides, so it
        // vectorises); every unit still sums bias + w0·x0 + w1·x1 + … in input order. A zero input
        // (ReLU) adds nothing and is skipped.
        for (int l = 1; l < widths.length; l++) {
            float[] prev = activations[l - 1];
            float[] p = pre[l];
            System.arraycopy(biases[l], 0, p, 0, widths[l]);
            for (int k = 0; k < widths[l - 1]; k++) {
                float x = prev[k];
                if (x != 0) {
                    float[] column = weightColumns[l][k];
                    for (int o = 0; o < p.length; o++) {
                        p[o] += column[o] * x;
                    }
                }
            }
            float[] out = activations[l];
            for (int o = 0; o < p.length; o++) {
                out[o] = p[o] > 0 ? p[o] : 0;
            }
        }
        float[] last = activations[widths.length - 1];
        for (int k = 0; k < last.length; k++) {
            z += predictW[factors + k] * last[k];
        }
        return z;
    }

    /** The logits of the given items only (bit-identical to {@link #logits(float[])} at those items). */
    float[] logitsOf(float[] user, int[] items) {
        return logits(user, BLOCK, items);
    }

    /** Scratch buffers for {@link #logit}, one per layer. */
    float[][] buffers() {
        float[][] b = new float[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            b[l] = new float[widths[l]];
        }
        return b;
    }

    /**
     * Probability for every item, for one user vector. The same arithmetic as {@link #logit}, item
     * for item and term for term (so bit-identical), but a block of items at a time with the item
     * index innermost: every inner loop is then {@code out[b] += w * in[b]} over contiguous floats,
     * which the JIT vectorises, where {@link #logit} is a chain of dependent additions per item.
     */
    float[] probabilities(float[] user) {
        return probabilities(user, BLOCK);
    }

    /** {@link #probabilities} with a given block size (tests use small ones to cross block edges). */
    float[] probabilities(float[] user, int block) {
        float[] p = logits(user, block);
        for (int i = 0; i < p.length; i++) {
            p[i] = sigmoid(p[i]);
        }
        return p;
    }

    /** The logit (score before the sigmoid) of every item, computed as {@link #probabilities} does. */
    float[] logits(float[] user) {
        return logits(user, BLOCK);
    }

    private float[] logits(float[] user, int block) {
        return logits(user, block, null);
    }

    /** The blocked logits of {@code items} (null: every item), gathered block by block into contiguous slices. */
    private float[] logits(float[] user, int block, int[] items) {
        int count = items == null ? numItems : items.length;
        int h1 = widths[0];
        float[] userProj = userProj(user);
        float[] gmfWeight = new float[factors];
        for (int k = 0; k < factors; k++) {
            gmfWeight[k] = predictW[k] * user[k];
        }
        // One array per unit and the same index on both sides of every inner loop: Java 17's C2
        // vectorises out[b] += w * in[b] only then (with in[offset + b] it must assume overlap).
        float[][][] act = new float[widths.length][][];
        for (int l = 0; l < widths.length; l++) {
            act[l] = new float[widths[l]][block];
        }
        float[] itemSlice = new float[block];
        float[] z = new float[block];
        float[] out = new float[count];
        for (int start = 0; start < count; start += block) {
            int n = Math.min(block, count - start);
            Arrays.fill(z, 0, n, predictB);
            for (int k = 0; k < factors; k++) {
                float w = gmfWeight[k];
                gather(gmfItemByFactor, k * numItems, items, start, n, itemSlice);
                for (int b = 0; b < n; b++) {
                    z[b] += w * itemSlice[b];
                }
            }
            for (int o = 0; o < h1; o++) {
                float u = userProj[o];
                float[] first = act[0][o];
                gather(itemProjByUnit, o * numItems, items, start, n, itemSlice);
                for (int b = 0; b < n; b++) {
                    first[b] = Math.max(u + itemSlice[b], 0f);
                }
            }
            for (int l = 1; l < widths.length; l++) {
                for (int o = 0; o < widths[l]; o++) {
                    float[] next = act[l][o];
                    Arrays.fill(next, 0, n, biases[l][o]);
                    UnitLoops.accumulate(weightRows[l][o], act[l - 1], next, n);
                    UnitLoops.relu(next, next, n);
                }
            }
            UnitLoops.accumulate(towerOutW, act[widths.length - 1], z, n);
            System.arraycopy(z, 0, out, start, n);
        }
        return out;
    }

    /** {@code into[b] = column[offset + item]} for the block's items: a plain copy when scoring every item. */
    private static void gather(float[] column, int offset, int[] items, int start, int n, float[] into) {
        if (items == null) {
            System.arraycopy(column, offset + start, into, 0, n);
            return;
        }
        for (int b = 0; b < n; b++) {
            into[b] = column[offset + items[start + b]];
        }
    }

    /** Probability for every item through {@link #logit}, one item at a time: the reference {@link #probabilities} must match. */
    float[] probabilitiesOneByOne(float[] user) {
        float[] userProj = userProj(user);
        float[][] pre = buffers();
        float[][] act = buffers();
        float[] out = new float[numItems];
        for (int i = 0; i < numItems; i++) {
            out[i] = sigmoid(logit(user, userProj, i, pre, act));
        }
        return out;
    }

    private static float[] transpose(float[] rows, int count, int width) {
        float[] out = new float[rows.length];
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < width; c++) {
                out[c * count + r] = rows[r * width + c];
            }
        }
        return out;
    }

    static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }

    /** Per item, [gmf ⊙ predictW | first-layer item projection], unit length (zero vectors stay zero). */
    float[][] itemVectors() {
        int h1 = itemProj.length / numItems;
        float[][] out = new float[numItems][factors + h1];
        for (int i = 0; i < numItems; i++) {
            float[] v = out[i];
            for (int k = 0; k < factors; k++) {
                v[k] = gmfItem[i * factors + k] * predictW[k];
            }
            System.arraycopy(itemProj, i * h1, v, factors, h1);
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int k = 0; k < v.length; k++) {
                    v[k] *= inv;
                }
            }
        }
        return out;
    }
}
