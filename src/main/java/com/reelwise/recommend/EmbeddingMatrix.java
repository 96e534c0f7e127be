package com.reelwise.recommend;

import com.reelwise.text.CatalogEmbeddings;
import java.util.Arrays;

/**
 * Catalog embeddings laid out by catalog position in one flat array, so scoring the whole catalog
 * is a tight loop of dot products. Movies without an embedding score NaN.
 */
public final class EmbeddingMatrix {

    private final float[] flat;
    private final boolean[] present;
    private final int dimension;
    private final int size;

    public EmbeddingMatrix(CatalogEmbeddings embeddings, CandidateRanker ranker) {
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
    }

    public int dimension() {
        return dimension;
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
        for (int p = 0; p < size; p++) {
            scores[p] = present[p] ? dot(query, p) : Float.NaN;
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

    private float dot(float[] query, int position) {
        float sum = 0;
        int offset = position * dimension;
        for (int d = 0; d < dimension; d++) {
            sum += query[d] * flat[offset + d];
        }
        return sum;
    }
}
