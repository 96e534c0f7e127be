package com.reelwise.text;

/** Arithmetic on unit-length embedding vectors, shared by clustering and the methods that read clusters. */
public final class UnitVectors {

    private UnitVectors() {
    }

    /** The dot product (the cosine, for unit vectors). */
    public static double dot(float[] a, float[] b) {
        // Four independent sums: the JIT cannot reorder one float sum, so this runs ~3x faster.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
