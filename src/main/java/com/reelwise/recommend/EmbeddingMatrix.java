package com.reelwise.recommend;

import com.reelwise.text.CatalogEmbeddings;
import java.util.Arrays;

/**
 * Catalog embeddings laid out by catalog position in one flat array, plus a dimension-major copy
 * for scoring the whole catalog. WHY the copy: a row-by-row dot product is one chain of dependent
 * float additions per movie, which the JIT may not reorder or vectorise; dimension by dimension,
 * the scan is {@code scores += q[d] * column[d]} over contiguous floats, which it vectorises, while
 * each movie still sums its terms in the same order (bit-identical scores). Each column is its own
 * array: Java 17's C2 vectorises {@code a[p] += w * b[p]} only when both sides use the same index,
 * as it cannot rule out that {@code b[offset + p]} overlaps {@code a} (measured: 5x faster than one
 * flat array with an offset). Movies without an embedding score NaN.
 */
public final class EmbeddingMatrix {

    /** Movies per block of the multi-query scan: a block's scores for 32 queries (256 KB) stay in L2. */
    private static final int SCAN_BLOCK = 2048;

    private final float[] flat;
    private final float[][] byDimension;
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
        this.byDimension = new float[dimension][size];
        for (int p = 0; p < size; p++) {
            for (int d = 0; d < dimension; d++) {
                byDimension[d][p] = flat[p * dimension + d];
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
        return scoreAll(new float[][] {query})[0];
    }

    /**
     * Dot products of several query vectors with every movie, in one pass over the matrix: a block
     * of movies is read from memory once and used for every query while it is in cache. WHY: the
     * matrix (19k x 384 floats, 29 MB) does not fit in cache and the scan is bound by memory
     * bandwidth, so k queries cost little more than one. Each score sums its terms in dimension
     * order, exactly as {@link #similarity} does.
     */
    public float[][] scoreAll(float[][] queries) {
        float[][] scores = new float[queries.length][size];
        for (int start = 0; start < size; start += SCAN_BLOCK) {
            int end = Math.min(size, start + SCAN_BLOCK);
            for (int d = 0; d < dimension; d++) {
                float[] column = byDimension[d];
                for (int j = 0; j < queries.length; j++) {
                    float weight = queries[j][d];
                    float[] row = scores[j];
                    for (int p = start; p < end; p++) {
                        row[p] += weight * column[p];
                    }
                }
            }
        }
        for (float[] row : scores) {
            for (int p = 0; p < size; p++) {
                if (!present[p]) {
                    row[p] = Float.NaN;
                }
            }
        }
        return scores;
    }

    /** Every movie's similarity to each given movie (NaN where either has no embedding), in one pass. */
    public float[][] similarityRows(int[] positions) {
        float[][] queries = new float[positions.length][];
        for (int i = 0; i < positions.length; i++) {
            queries[i] = vector(positions[i]);
        }
        float[][] rows = scoreAll(queries);
        for (int i = 0; i < positions.length; i++) {
            if (!present[positions[i]]) {
                Arrays.fill(rows[i], Float.NaN);
            }
        }
        return rows;
    }

    /** Every film's vector by catalog position (copies), null where a film has none: what an index is built from. */
    public float[][] vectorsByPosition() {
        float[][] out = new float[size][];
        for (int p = 0; p < size; p++) {
            out[p] = present[p] ? vector(p) : null;
        }
        return out;
    }

    /** Dot product of a query vector with one movie's vector, summed in dimension order as {@link #scoreAll} does; NaN without one. */
    public float score(float[] query, int position) {
        if (!present[position]) {
            return Float.NaN;
        }
        float sum = 0;
        int offset = position * dimension;
        for (int d = 0; d < dimension; d++) {
            sum += flat[offset + d] * query[d];
        }
        return sum;
    }

    /** Catalog size (the length of every score row). */
    public int size() {
        return size;
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
