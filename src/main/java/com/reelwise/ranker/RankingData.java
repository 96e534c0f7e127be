package com.reelwise.ranker;

import java.util.Arrays;

/**
 * Rows to rank, grouped by query (one query = one person's candidate list), row-major features with NaN
 * for a missing value, and a 0/1 label per row.
 *
 * @param features row-major, {@code rows x width}
 * @param width    features per row
 * @param labels   1 for a film the person went on to watch, else 0
 * @param groups   rows per query, in row order
 */
public record RankingData(float[] features, int width, float[] labels, int[] groups) {

    public RankingData {
        if (width <= 0 || features.length % width != 0 || features.length / width != labels.length
                || Arrays.stream(groups).sum() != labels.length) {
            throw new IllegalArgumentException("ranking data disagree in shape: " + features.length + " values, width " + width
                    + ", " + labels.length + " labels, groups summing to " + Arrays.stream(groups).sum());
        }
    }

    public int rows() {
        return labels.length;
    }

    /** Accumulates queries. */
    public static final class Builder {
        private final int width;
        private float[] features = new float[1 << 16];
        private float[] labels = new float[1 << 12];
        private int[] groups = new int[256];
        private int rows;
        private int queries;

        public Builder(int width) {
            this.width = width;
        }

        /** Adds one query's rows ({@code rowFeatures.length == labels.length * width}). */
        public synchronized Builder add(float[] rowFeatures, float[] rowLabels) {
            int n = rowLabels.length;
            if (n == 0) {
                return this;
            }
            while ((long) (rows + n) * width > features.length) {
                features = Arrays.copyOf(features, features.length * 2);
            }
            while (rows + n > labels.length) {
                labels = Arrays.copyOf(labels, labels.length * 2);
            }
            if (queries == groups.length) {
                groups = Arrays.copyOf(groups, groups.length * 2);
            }
            System.arraycopy(rowFeatures, 0, features, rows * width, n * width);
            System.arraycopy(rowLabels, 0, labels, rows, n);
            groups[queries++] = n;
            rows += n;
            return this;
        }

        public RankingData build() {
            return new RankingData(Arrays.copyOf(features, rows * width), width, Arrays.copyOf(labels, rows), Arrays.copyOf(groups, queries));
        }
    }
}
