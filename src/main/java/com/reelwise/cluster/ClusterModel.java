package com.reelwise.cluster;

import com.reelwise.text.UnitVectors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Movies grouped by their embeddings: one cluster per movie, unit centroids, labels, how k was
 * chosen, and the 2D map. Built by {@link ClusterModelBuilder}; saved as {@code cluster-model.json}
 * and {@code movie-map.json}.
 */
public final class ClusterModel {

    public static final String FILE_NAME = "cluster-model.json";

    /** What is written to disk besides the map. */
    record Stored(int[] movieIds, int[] assignments, float[][] centroids, List<ClusterLabel> labels, KSelection kSelection) {
    }

    private final Stored stored;
    private final MovieMap map;
    private final Map<Integer, Integer> clusterByMovie;

    ClusterModel(int[] movieIds, int[] assignments, float[][] centroids, List<ClusterLabel> labels, KSelection kSelection, MovieMap map) {
        if (movieIds.length != assignments.length || labels.size() != centroids.length) {
            throw new IllegalArgumentException("inconsistent cluster model");
        }
        this.stored = new Stored(movieIds, assignments, centroids, List.copyOf(labels), kSelection);
        this.map = map;
        this.clusterByMovie = new HashMap<>(movieIds.length * 2);
        for (int i = 0; i < movieIds.length; i++) {
            clusterByMovie.put(movieIds[i], assignments[i]);
        }
    }

    /** Number of clusters. */
    public int k() {
        return stored.centroids().length;
    }

    /** The movie's cluster, or -1 when it was not clustered (no embedding). */
    public int clusterOf(int movieId) {
        return clusterByMovie.getOrDefault(movieId, -1);
    }

    /** Unit centroid of a cluster (shared, do not modify). */
    public float[] centroid(int cluster) {
        return stored.centroids()[cluster];
    }

    public ClusterLabel label(int cluster) {
        return stored.labels().get(cluster);
    }

    public List<ClusterLabel> labels() {
        return stored.labels();
    }

    public KSelection kSelection() {
        return stored.kSelection();
    }

    public MovieMap map() {
        return map;
    }

    /** Cosine of two clusters' centroids. */
    public double centroidSimilarity(int a, int b) {
        return UnitVectors.dot(centroid(a), centroid(b));
    }

    /** Writes {@code cluster-model.json} and {@code movie-map.json} into {@code dir}. */
    public void save(Path dir) throws IOException {
        MovieMap.Json.write(dir, FILE_NAME, stored);
        map.save(dir);
    }

    /** Reads what {@link #save} wrote. */
    public static ClusterModel load(Path dir) throws IOException {
        Stored s = MovieMap.Json.read(dir, FILE_NAME, Stored.class);
        return new ClusterModel(s.movieIds(), s.assignments(), s.centroids(), s.labels(), s.kSelection(), MovieMap.load(dir));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterModel other
                && Arrays.equals(stored.movieIds(), other.stored.movieIds())
                && Arrays.equals(stored.assignments(), other.stored.assignments())
                && Arrays.deepEquals(stored.centroids(), other.stored.centroids())
                && stored.labels().equals(other.stored.labels())
                && stored.kSelection().equals(other.stored.kSelection())
                && map.equals(other.map);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stored.assignments());
    }
}
