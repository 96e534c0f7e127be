package com.reelwise.sequence;

import ai.djl.nn.Block;
import ai.djl.nn.norm.LayerNorm;
import com.reelwise.djl.DenseLayer;

/**
 * The trained SASRec network copied into plain float arrays for serving. A served history is a few films, so
 * the network is a few thousand multiply-adds per block, and the dozens of native calls per forward pass in
 * DJL cost more than the arithmetic. Each history runs at its own length (no padding: in the batched network
 * a padded position gets an attention weight of exactly zero), and the last block computes the latest
 * position only, the one that scores the next film. Same arithmetic as {@link SasRecBlock} in inference up to
 * the order of float additions (tested). Immutable; thread-safe.
 */
final class SasRecWeights {

    /** DJL's LayerNorm default, which the trained blocks use. */
    private static final float NORM_EPSILON = 1e-5f;

    private final int hidden;
    private final int maxLength;
    private final float[] items;       // (numItems + 1) x hidden, row 0 padding
    private final float[] positions;   // maxLength x hidden
    private final Layer[] layers;
    private final Norm finalNorm;
    private final FilmOutputs output;

    SasRecWeights(SasRecBlock block, SasRecConfig config) {
        hidden = config.hidden();
        maxLength = config.maxLength();
        items = parameter(block, SasRecBlock.ITEMS);
        positions = parameter(block, SasRecBlock.POSITIONS);
        layers = block.layers().stream().map(Layer::new).toArray(Layer[]::new);
        finalNorm = new Norm(block.finalNorm());
        output = new FilmOutputs(items, 1, block.numItems(), hidden, null);
    }

    /** Logits after each history (0-based films, latest last) at {@code films} (null: every film). */
    float[][] logits(int[][] histories, int[] films) {
        float[][] states = new float[histories.length][];
        for (int b = 0; b < histories.length; b++) {
            states[b] = state(histories[b]);
        }
        return output.logits(states, films);
    }

    /** The final normalised state at the latest position: the vector that scores every next film. */
    private float[] state(int[] history) {
        if (history.length == 0) {
            // the network zeroes a padded input after every block, so only the final norm's shift is left
            return finalNorm.apply(new float[hidden]);
        }
        int steps = Math.min(history.length, maxLength);
        float[][] x = new float[steps][hidden];
        float scale = (float) Math.sqrt(hidden);
        for (int t = 0; t < steps; t++) {
            int film = history[history.length - steps + t] + 1;
            int position = maxLength - steps + t;
            for (int k = 0; k < hidden; k++) {
                x[t][k] = items[film * hidden + k] * scale + positions[position * hidden + k];
            }
        }
        for (int l = 0; l < layers.length; l++) {
            x = layers[l].forward(x, l == layers.length - 1);
        }
        return finalNorm.apply(x[x.length - 1]);
    }

    /** A trained Linear block as a served dense layer. */
    private static DenseLayer dense(Block linear) {
        return DenseLayer.of(parameter(linear, "weight"), parameter(linear, "bias"));
    }

    private static float[] parameter(Block block, String name) {
        return block.getParameters().get(name).getArray().toFloatArray();
    }

    /** LayerNorm over one hidden vector, with the learned scale and shift. */
    private record Norm(float[] gamma, float[] beta) {

        Norm(LayerNorm norm) {
            this(parameter(norm, "gamma"), parameter(norm, "beta"));
        }

        float[] apply(float[] x) {
            double mean = 0;
            for (float v : x) {
                mean += v;
            }
            mean /= x.length;
            double variance = 0;
            for (float v : x) {
                variance += (v - mean) * (v - mean);
            }
            variance /= x.length;
            float inverse = (float) (1 / Math.sqrt(variance + NORM_EPSILON));
            float[] out = new float[x.length];
            for (int k = 0; k < x.length; k++) {
                out[k] = (float) ((x[k] - mean) * inverse) * gamma[k] + beta[k];
            }
            return out;
        }
    }

    /** One pre-LayerNorm block as {@link CausalAttentionBlock} computes it. */
    private static final class Layer {
        private final int heads;
        private final Norm attentionNorm;
        private final DenseLayer queryKeyValue;
        private final DenseLayer attentionOut;
        private final Norm feedForwardNorm;
        private final DenseLayer feedForwardIn;
        private final DenseLayer feedForwardOut;

        Layer(CausalAttentionBlock block) {
            heads = block.heads();
            attentionNorm = new Norm(block.attentionNorm());
            queryKeyValue = dense(block.queryKeyValue());
            attentionOut = dense(block.attentionOut());
            feedForwardNorm = new Norm(block.feedForwardNorm());
            feedForwardIn = dense(block.feedForwardIn());
            feedForwardOut = dense(block.feedForwardOut());
        }

        /** The block's output at every position, or at the latest only when {@code lastOnly}. */
        float[][] forward(float[][] x, boolean lastOnly) {
            int steps = x.length;
            int hidden = x[0].length;
            int size = hidden / heads;
            float scale = (float) (1 / Math.sqrt(size));
            float[][] qkv = new float[steps][];
            for (int t = 0; t < steps; t++) {
                qkv[t] = queryKeyValue.apply(attentionNorm.apply(x[t]));
            }
            int from = lastOnly ? steps - 1 : 0;
            float[][] out = new float[steps - from][];
            float[] weights = new float[steps];
            for (int t = from; t < steps; t++) {
                float[] context = new float[hidden];
                for (int h = 0; h < heads; h++) {
                    int q = h * size;
                    int k = hidden + h * size;
                    int v = 2 * hidden + h * size;
                    float max = Float.NEGATIVE_INFINITY;
                    // causal: position t looks at 0..t
                    for (int j = 0; j <= t; j++) {
                        float s = 0;
                        for (int e = 0; e < size; e++) {
                            s += qkv[t][q + e] * scale * qkv[j][k + e];
                        }
                        weights[j] = s;
                        max = Math.max(max, s);
                    }
                    double sum = 0;
                    for (int j = 0; j <= t; j++) {
                        weights[j] = (float) Math.exp(weights[j] - max);
                        sum += weights[j];
                    }
                    for (int j = 0; j <= t; j++) {
                        float w = (float) (weights[j] / sum);
                        for (int e = 0; e < size; e++) {
                            context[q + e] += w * qkv[j][v + e];
                        }
                    }
                }
                float[] attended = attentionOut.apply(context);
                for (int e = 0; e < hidden; e++) {
                    attended[e] += x[t][e];
                }
                float[] f = feedForwardIn.apply(feedForwardNorm.apply(attended));
                for (int e = 0; e < f.length; e++) {
                    f[e] = Math.max(f[e], 0f);
                }
                f = feedForwardOut.apply(f);
                for (int e = 0; e < hidden; e++) {
                    f[e] += attended[e];
                }
                out[t - from] = f;
            }
            return out;
        }
    }
}
