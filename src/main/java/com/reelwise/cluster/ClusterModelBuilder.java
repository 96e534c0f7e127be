package com.reelwise.cluster;

import com.reelwise.text.UnitVectors;
import com.reelwise.catalog.Catalog;
import com.reelwise.text.CatalogEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Builds a {@link ClusterModel}: k by silhouette, spherical k-means, lift labels, the PCA map. */
public final class ClusterModelBuilder {

    /** The default k grid: from a handful of broad genres to about as many themes as a person can scan. */
    public static final List<Integer> DEFAULT_GRID = IntStream.rangeClosed(4, 20).map(i -> 2 * i).boxed().toList();

    /**
     * @param grid          the k values tried
     * @param sampleSize    rows the silhouette curve is measured on (the final fit uses all rows)
     * @param maxIterations Lloyd iterations per fit
     * @param progress      show progress bars on the terminal
     */
    public record Options(List<Integer> grid, int sampleSize, int maxIterations, boolean progress) {

        public Options {
            grid = List.copyOf(grid);
            if (grid.isEmpty()) {
                throw new IllegalArgumentException("empty k grid");
            }
        }

        public static final Options DEFAULT = new Options(DEFAULT_GRID, 3000, 50, false);

        /** The same options with progress bars on the terminal. */
        public Options withProgress() {
            return new Options(grid, sampleSize, maxIterations, true);
        }
    }

    private ClusterModelBuilder() {
    }

    /** Builds with {@link Options#DEFAULT}. */
    public static ClusterModel build(CatalogEmbeddings embeddings, Catalog catalog, long seed) {
        return build(embeddings, catalog, seed, Options.DEFAULT);
    }

    /** Clusters every catalog movie that has a non-zero embedding. */
    public static ClusterModel build(CatalogEmbeddings embeddings, Catalog catalog, long seed, Options options) {
        List<Integer> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int row = 0; row < embeddings.size(); row++) {
            int movieId = embeddings.movieIdAt(row);
            float[] vector = embeddings.of(movieId);
            if (catalog.byId(movieId).isPresent() && UnitVectors.dot(vector, vector) > 0) {
                ids.add(movieId);
                vectors.add(vector);
            }
        }
        float[][] rows = vectors.toArray(float[][]::new);
        int[] movieIds = ids.stream().mapToInt(Integer::intValue).toArray();
        if (rows.length < 2) {
            throw new IllegalArgumentException("Too few movies with embeddings to cluster: " + rows.length);
        }

        KSelection selection = selectK(rows, seed, options);
        SphericalKMeans.Result fit = SphericalKMeans.fit(rows, selection.chosenK(), seed, options.maxIterations());
        List<ClusterLabel> labels = ClusterLabeler.label(catalog, movieIds, fit.assignments(), selection.chosenK());
        MovieMap map = map(rows, movieIds, fit.assignments(), labels);
        return new ClusterModel(movieIds, fit.assignments(), fit.centroids(), labels, selection, map);
    }

    /**
     * Only the clustering of {@link #build}: k by silhouette over {@code options.grid()}, then spherical
     * k-means on all rows; one cluster index per row. For callers that have vectors but no catalog
     * (the evaluation harness).
     *
     * @param rows unit vectors
     */
    public static int[] assignments(float[][] rows, long seed, Options options) {
        KSelection selection = selectK(rows, seed, options);
        return SphericalKMeans.fit(rows, selection.chosenK(), seed, options.maxIterations()).assignments();
    }

    private static KSelection selectK(float[][] rows, long seed, Options options) {
        // A cluster needs at least two movies: small catalogs search only the k they can support.
        List<Integer> grid = options.grid().stream().filter(k -> k <= rows.length / 2).toList();
        if (grid.isEmpty()) {
            grid = List.of(Math.max(2, rows.length / 2));
        }
        return KSelector.select(rows, grid, options.sampleSize(), seed, options.maxIterations(), options.progress());
    }

    static MovieMap map(float[][] rows, int[] movieIds, int[] assignments, List<ClusterLabel> labels) {
        Pca2d.Projection projection = Pca2d.project(rows);
        int k = labels.size();
        double[][] sums = new double[k][2];
        int[] counts = new int[k];
        List<MovieMap.Point> points = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            double[] p = projection.points()[i];
            points.add(new MovieMap.Point(movieIds[i], (float) p[0], (float) p[1], assignments[i]));
            sums[assignments[i]][0] += p[0];
            sums[assignments[i]][1] += p[1];
            counts[assignments[i]]++;
        }
        List<MovieMap.ClusterPoint> clusters = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int n = Math.max(1, counts[c]);
            clusters.add(new MovieMap.ClusterPoint(c, labels.get(c).text(), (float) (sums[c][0] / n), (float) (sums[c][1] / n), counts[c]));
        }
        return new MovieMap(projection.varianceExplained(), clusters, points);
    }
}
