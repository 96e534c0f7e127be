package com.reelwise.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 2D map of the catalog for the UI: every clustered movie at its first two principal
 * components, and every cluster at the mean position of its movies with its label.
 * Saved as {@code movie-map.json} beside the embeddings.
 */
public final class MovieMap {

    public static final String FILE_NAME = "movie-map.json";

    /** One movie on the map. */
    public record Point(int movieId, float x, float y, int cluster) {
    }

    /** One cluster on the map: its label at the mean position of its movies. */
    public record ClusterPoint(int cluster, String label, float x, float y, int size) {
    }

    /** What is written to disk. */
    record Stored(double varianceExplained, List<ClusterPoint> clusters, List<Point> points) {
    }

    private final Stored stored;
    private final Map<Integer, Point> byMovie;

    MovieMap(double varianceExplained, List<ClusterPoint> clusters, List<Point> points) {
        this.stored = new Stored(varianceExplained, List.copyOf(clusters), List.copyOf(points));
        this.byMovie = new HashMap<>(points.size() * 2);
        points.forEach(p -> byMovie.put(p.movieId(), p));
    }

    /** Every movie on the map, in embedding order. */
    public List<Point> points() {
        return stored.points();
    }

    public List<ClusterPoint> clusters() {
        return stored.clusters();
    }

    /** The movie's point, or empty when it has no embedding. */
    public Optional<Point> of(int movieId) {
        return Optional.ofNullable(byMovie.get(movieId));
    }

    /** Share of the embeddings' total variance the two axes keep, in [0, 1]: how faithful the map is. */
    public double varianceExplained() {
        return stored.varianceExplained();
    }

    public void save(Path dir) throws IOException {
        Json.write(dir, FILE_NAME, stored);
    }

    /** Reads {@code dir/movie-map.json}. */
    public static MovieMap load(Path dir) throws IOException {
        Stored s = Json.read(dir, FILE_NAME, Stored.class);
        return new MovieMap(s.varianceExplained(), s.clusters(), s.points());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovieMap other && stored.equals(other.stored);
    }

    @Override
    public int hashCode() {
        return stored.hashCode();
    }

    /** Atomic JSON files for the cluster package. */
    static final class Json {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }

        static void write(Path dir, String name, Object value) throws IOException {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".tmp");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        static <T> T read(Path dir, String name, Class<T> type) throws IOException {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException("No " + name + " at " + file);
            }
            return MAPPER.readValue(file.toFile(), type);
        }
    }
}
