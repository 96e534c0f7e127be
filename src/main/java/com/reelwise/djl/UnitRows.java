package com.reelwise.djl;

/** Row-major float tables cut into unit-length rows (a zero row stays zero). */
public final class UnitRows {

    private UnitRows() {
    }

    /** Rows {@code first .. first + count - 1} of a {@code width}-wide row-major table, each scaled to unit length. */
    public static float[][] of(float[] table, int first, int count, int width) {
        float[][] out = new float[count][width];
        for (int i = 0; i < count; i++) {
            double norm = 0;
            int offset = (first + i) * width;
            for (int k = 0; k < width; k++) {
                out[i][k] = table[offset + k];
                norm += out[i][k] * out[i][k];
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int k = 0; k < width; k++) {
                out[i][k] *= inv;
            }
        }
        return out;
    }
}
