package com.reelwise.recommend;

import com.reelwise.text.CatalogEmbeddings;
import java.util.Arrays;

/**
 * Catalog embeddings laid out by catalog position in one flat array, plus a dimension-major copy
 * for scoring the whole catalog. WHY the copy: a row-by-row dot product is one chain of dependent
 * float additions per movie, which the JIT may not reorder or vectorise; dimension by dimension,
 * the scan is {@code scores += q[d] * column[d]} over contiguous floats, which it vectorises, while
 * each movie still sums its terms in the same order (bit-identical scores). Movies without an
 * embedding score NaN.
 */
public final class EmbeddingMatrix {

    private final float[] flat;
    private final float[] byDimension;
    private final boolean[] present;
    private final int dimension;
    private final int size;
    private final CandidateRanker ranker;

    public EmbeddingMatrix(CatalogEmbeddings embeddings, CandidateRanker ranker) {
        this.ranker = ranker;
        this.dimension = embeddings.dimension();
        this.size = ranker.size();
        this.flat = new float[size * dimension];
        this.present = new boolean[size];
        for (int row = 0; row < embeddings.size(); row++) {
            int position = ranker.position(embeddings.movieIdAt(row));
            if (position >= 0) {
                System.arraycopy(embeddings.of(embeddings.movieIdAt(row)), 0, flat, position * dimension, dimension);
                present[position] = true;
            }
        }
        this.byDimension = new float[size * dimension];
        for (int p = 0; p < size; p++) {
            for (int d = 0; d < dimension; d++) {
                byDimension[d * size + p] = flat[p * dimension + d];
            }
        }
    }

    public int dimension() {
        return dimension;
    }

    /** Catalog position of a movie id, or -1 (positions are what the other methods take). */
    public int position(int movieId) {
        return ranker.position(movieId);
    }

    public boolean has(int position) {
        return position >= 0 && present[position];
    }

    /** A copy of one movie's vector. */
    public float[] vector(int position) {
        return Arrays.copyOfRange(flat, position * dimension, (position + 1) * dimension);
    }

    /** Dot product of a query vector with every movie; NaN where a movie has no embedding. */
    public float[] scoreAll(float[] query) {
        float[] scores = new float[size];
        for (int d = 0; d < dimension; d++) {
            float q = query[d];
            int offset = d * size;
            for (int p = 0; p < size; p++) {
                scores[p] += q * byDimension[offset + p];
            }
        }
        for (int p = 0; p < size; p++) {
            if (!present[p]) {
                scores[p] = Float.NaN;
            }
        }
        return scores;
    }

    /** Dot product of two movies' vectors (their cosine similarity: vectors are unit length). */
    public float similarity(int a, int b) {
        if (!present[a] || !present[b]) {
            return 0f;
        }
        float sum = 0;
        int oa = a * dimension;
        int ob = b * dimension;
        for (int d = 0; d < dimension; d++) {
            sum += flat[oa + d] * flat[ob + d];
        }
        return sum;
    }
}
