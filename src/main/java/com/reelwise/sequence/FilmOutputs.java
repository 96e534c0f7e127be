package com.reelwise.sequence;

import com.reelwise.djl.UnitLoops;

/**
 * A model's output layer over films, {@code logit[i] = bias[i] + Σ_k h[k]·W[i][k]}, in plain float arrays for
 * serving. Every film at once runs a slice of films at a time, unit by unit: each inner loop then runs
 * over a slice that stays in L1 (the JIT vectorises it), where a pass over all films per unit streams the whole
 * output row through the cache once per unit. The sum runs in unit order for every film, whichever path.
 * Immutable; thread-safe.
 */
final class FilmOutputs {

    /** Films per slice: 2 KB of outputs, small enough to stay in L1 beside one unit's weights. */
    static final int SLICE = 512;

    private final int films;
    private final int units;
    /** [slice][unit][film in slice]. */
    private final float[][][] slices;
    /** [film][unit], to gather a few films. */
    private final float[][] rows;
    /** Per film, or null for none. */
    private final float[] bias;

    /**
     * @param table row-major {@code [row][unit]}; film i is row {@code firstRow + i}
     * @param bias  per film, or null
     */
    FilmOutputs(float[] table, int firstRow, int films, int units, float[] bias) {
        this.films = films;
        this.units = units;
        this.bias = bias;
        rows = new float[films][];
        for (int i = 0; i < films; i++) {
            int from = (firstRow + i) * units;
            rows[i] = java.util.Arrays.copyOfRange(table, from, from + units);
        }
        slices = new float[(films + SLICE - 1) / SLICE][][];
        for (int s = 0; s < slices.length; s++) {
            int start = s * SLICE;
            int n = Math.min(SLICE, films - start);
            slices[s] = new float[units][n];
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < units; k++) {
                    slices[s][k][j] = rows[start + j][k];
                }
            }
        }
    }

    int films() {
        return films;
    }

    /** Logits after each hidden state {@code hs[b]} at {@code items} (null: every film, in film order). */
    float[][] logits(float[][] hs, int[] items) {
        float[][] out = new float[hs.length][];
        if (items == null) {
            for (int b = 0; b < hs.length; b++) {
                out[b] = all(hs[b]);
            }
            return out;
        }
        // a few hundred films: gather their rows once for every state of the call
        float[][] gathered = new float[units][items.length];
        float[] start = new float[items.length];
        for (int j = 0; j < items.length; j++) {
            float[] row = rows[items[j]];
            for (int k = 0; k < units; k++) {
                gathered[k][j] = row[k];
            }
            start[j] = bias == null ? 0f : bias[items[j]];
        }
        for (int b = 0; b < hs.length; b++) {
            out[b] = start.clone();
            UnitLoops.accumulate(hs[b], gathered, out[b], items.length);
        }
        return out;
    }

    private float[] all(float[] h) {
        float[] out = new float[films];
        for (int s = 0; s < slices.length; s++) {
            int from = s * SLICE;
            float[][] slice = slices[s];
            float[] acc = bias == null ? new float[slice[0].length] : java.util.Arrays.copyOfRange(bias, from, from + slice[0].length);
            UnitLoops.accumulate(h, slice, acc, acc.length);
            System.arraycopy(acc, 0, out, from, acc.length);
        }
        return out;
    }
}
