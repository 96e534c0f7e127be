package com.reelwise.eval;

/**
 * Intra-list diversity (Ziegler et al. 2005; Smyth and McClave 2001): the mean, over every pair of
 * items in a recommended list, of 1 − cosine of their vectors. 0 when all items point the same way,
 * 1 when they are pairwise orthogonal, up to 2 for opposite vectors.
 */
public final class IntraListDiversity {

    private IntraListDiversity() {
    }

    /**
     * ILD of the first {@code k} items of {@code list}, {@code vectors} indexed by item. A list with
     * fewer than two items has no pair and scores 0 (nothing to be diverse about). An item whose
     * vector is missing or zero counts as dissimilar (cosine 0) to every other item.
     */
    public static double of(int[] list, int k, float[][] vectors) {
        int n = Math.min(k, list.length);
        if (n < 2) {
            return 0.0;
        }
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = norm(vectors[list[i]]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += 1 - cosine(vectors[list[i]], norms[i], vectors[list[j]], norms[j]);
            }
        }
        return sum / (n * (n - 1) / 2.0);
    }

    private static double cosine(float[] a, double normA, float[] b, double normB) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += (double) a[d] * b[d];
        }
        return dot / (normA * normB);
    }

    private static double norm(float[] v) {
        if (v == null) {
            return 0;
        }
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }
}
