package com.reelwise.sequence;

import com.reelwise.djl.UnitLoops;

/**
 * A model's output layer over films, {@code logit[i] = bias[i] + Σ_k h[k]·W[i][k]}, in plain float arrays for
 * serving. Every film at once runs a slice of films at a time, unit by unit: each inner loop then runs
 * over a slice that stays in L1 (the JIT vectorises it), where a pass over all films per unit streams the whole
 * output row through the cache once per unit. The sum runs in unit order for every film, whichever path.
 * Thread-safe: the weights never change, and the kept gather is an immutable value replaced whole.
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
    /** The last long gather, reused while calls keep asking for (mostly) its films. */
    private volatile Gathered recent;

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
        Gathered memo = recent;
        if (memo == null || memo.hits(items) < items.length * REUSE_SHARE) {
            boolean keep = items.length >= MEMO_MIN;
            Gathered own = new Gathered(items, keep);
            if (keep) {
                recent = own;
            }
            for (int b = 0; b < hs.length; b++) {
                out[b] = own.logits(hs[b]);
            }
            return out;
        }
        // the memo's films for every state, then the few it lacks; both sum each film's terms in unit order
        int[] missing = memo.missing(items);
        Gathered rest = missing.length == 0 ? null : new Gathered(missing, false);
        for (int b = 0; b < hs.length; b++) {
            float[] atMemo = memo.logits(hs[b]);
            float[] atRest = rest == null ? null : rest.logits(hs[b]);
            float[] row = new float[items.length];
            for (int j = 0, m = 0; j < items.length; j++) {
                int at = memo.indexOf(items[j]);
                row[j] = at >= 0 ? atMemo[at] : atRest[m++];
            }
            out[b] = row;
        }
        return out;
    }

    /** A call asking this share of a memo's films or more reuses it; fewer, and it gathers its own. */
    private static final double REUSE_SHARE = 0.8;
    /** Shorter lists are gathered each time: cheap, and they would only push out a useful memo. */
    static final int MEMO_MIN = 128;

    /**
     * Some films' rows gathered by unit ({@code [unit][film]}) so each state's sum runs along them. Gathering a few
     * hundred rows costs more than the sums over them (a cache line written per unit and film), and the hybrid asks for
     * the same reference sample at every request: the last long gather is kept and reused. Immutable.
     */
    private final class Gathered {
        final float[][] byUnit;
        final float[] start;
        /** Film index → position among the gathered films, or -1; only in a gather kept for reuse (null otherwise). */
        final int[] position;

        /** @param indexed whether later calls will look films up in it (a kept gather) */
        Gathered(int[] items, boolean indexed) {
            byUnit = new float[units][items.length];
            start = new float[items.length];
            // a block of units at a time: the rows' lines stay in cache while each unit's column fills in order
            for (int from = 0; from < units; from += UNIT_BLOCK) {
                int to = Math.min(units, from + UNIT_BLOCK);
                for (int j = 0; j < items.length; j++) {
                    float[] row = rows[items[j]];
                    for (int k = from; k < to; k++) {
                        byUnit[k][j] = row[k];
                    }
                }
            }
            for (int j = 0; j < items.length; j++) {
                start[j] = bias == null ? 0f : bias[items[j]];
            }
            position = indexed ? new int[films] : null;
            if (indexed) {
                java.util.Arrays.fill(position, -1);
                for (int j = 0; j < items.length; j++) {
                    position[items[j]] = j;
                }
            }
        }

        float[] logits(float[] h) {
            float[] acc = start.clone();
            UnitLoops.accumulate(h, byUnit, acc, acc.length);
            return acc;
        }

        int indexOf(int film) {
            return position[film];
        }

        /** How many of {@code asked} are here. */
        int hits(int[] asked) {
            int n = 0;
            for (int film : asked) {
                if (position[film] >= 0) {
                    n++;
                }
            }
            return n;
        }

        /** The films of {@code asked} that are not here, in the order asked. */
        int[] missing(int[] asked) {
            return java.util.Arrays.stream(asked).filter(film -> position[film] < 0).toArray();
        }
    }

    /** Units gathered per pass: 16 floats, one cache line of each row. */
    private static final int UNIT_BLOCK = 16;

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
