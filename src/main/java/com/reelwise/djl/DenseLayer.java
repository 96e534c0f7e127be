package com.reelwise.djl;

/**
 * A trained dense layer served from float arrays, {@code out = W·x + b}, with W stored by input unit so each input
 * adds one contiguous row to the output ({@link UnitLoops#accumulate}, which the JIT vectorises).
 *
 * @param byInput {@code [input][output]}
 * @param bias    per output
 */
public record DenseLayer(float[][] byInput, float[] bias) {

    /** From DJL's Linear layout: {@code weight} row-major {@code [output][input]}. */
    public static DenseLayer of(float[] weight, float[] bias) {
        return new DenseLayer(transposed(weight, bias.length, weight.length / bias.length), bias);
    }

    /** W·x + b, each output's terms added in input order. */
    public float[] apply(float[] x) {
        float[] out = bias.clone();
        UnitLoops.accumulate(x, byInput, out, out.length);
        return out;
    }

    /** A row-major {@code rows x cols} table as {@code [col][row]}. */
    public static float[][] transposed(float[] table, int rows, int cols) {
        float[][] out = new float[cols][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c][r] = table[r * cols + c];
            }
        }
        return out;
    }
}
