package com.reelwise.sequence;

import com.reelwise.djl.DenseLayer;

/**
 * The trained taste autoencoder copied into plain float arrays for serving. A person's history is a handful of
 * films in a row of ten thousand, so the first layer is a weighted sum of a few weight columns here, where the
 * dense layer reads its whole 23 MB matrix per call; and an explanation needs the output at a few hundred films,
 * not all of them. Same arithmetic as {@link DaeBlock} up to the order of float additions. Immutable; thread-safe.
 */
final class DaeWeights {

    private final int numItems;
    private final int hidden;
    /** encode weight by film, [film][hidden unit]: a history reads only its films' rows, each contiguous. */
    private final float[][] encodeByFilm;
    private final float[] encodeBias;
    private final DenseLayer codeLayer;
    private final DenseLayer decodeLayer;
    /** The output layer: every film, or a few. */
    private final FilmOutputs output;

    DaeWeights(DaeBlock block, DaeConfig config) {
        numItems = block.numItems();
        hidden = config.hidden();
        encodeByFilm = DenseLayer.transposed(weight(block, 0), hidden, numItems);
        encodeBias = bias(block, 0);
        codeLayer = DenseLayer.of(weight(block, 1), bias(block, 1));
        decodeLayer = DenseLayer.of(weight(block, 2), bias(block, 2));
        output = new FilmOutputs(weight(block, 3), 0, numItems, hidden, bias(block, 3));
    }

    /**
     * Logits after each weighted history. {@code films[b]} and {@code weights[b]} are row b's non-zero inputs
     * (before the row's L2 normalisation); {@code items} the films to score (null: every film, in film order).
     */
    float[][] logits(int[][] films, float[][] weights, int[] items) {
        float[][] hs = new float[films.length][];
        for (int b = 0; b < films.length; b++) {
            hs[b] = code(films[b], weights[b]);
        }
        return output.logits(hs, items);
    }

    /** The last hidden layer for one history: encode (sparse), code, decode, each through tanh. */
    private float[] code(int[] films, float[] weights) {
        double sq = 0;
        for (float w : weights) {
            sq += w * w;
        }
        float norm = (float) Math.sqrt(sq) + 1e-8f;
        float[] h = encodeBias.clone();
        for (int k = 0; k < films.length; k++) {
            float w = weights[k] / norm;
            float[] row = encodeByFilm[films[k]];
            for (int o = 0; o < hidden; o++) {
                h[o] += w * row[o];
            }
        }
        tanh(h);
        float[] c = codeLayer.apply(h);
        tanh(c);
        float[] out = decodeLayer.apply(c);
        tanh(out);
        return out;
    }

    /** tanh through exp (a JIT intrinsic; Math.tanh is not): equal to it within float rounding. */
    private static void tanh(float[] x) {
        for (int i = 0; i < x.length; i++) {
            double e = Math.exp(-2 * Math.abs((double) x[i]));
            x[i] = (float) Math.copySign((1 - e) / (1 + e), x[i]);
        }
    }

    private static float[] weight(DaeBlock block, int layer) {
        return block.layers().get(layer).getParameters().get("weight").getArray().toFloatArray();
    }

    private static float[] bias(DaeBlock block, int layer) {
        return block.layers().get(layer).getParameters().get("bias").getArray().toFloatArray();
    }
}
