package com.reelwise.catalog;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every movie the app knows, with lookup by id, load statistics and sentences about what is missing. */
public final class Catalog {

    /** Movies without a MovieLens id get this offset plus their TMDB id as movieId. */
    public static final int TMDB_ONLY_ID_BASE = 10_000_000;

    private final List<Movie> movies;
    private final Map<Integer, Movie> byId;
    private final CatalogStats stats;
    private final List<String> notices;
    /** Sorted once on first use: the search page asks on every view. */
    private volatile List<Movie> byRatingCount;

    Catalog(List<Movie> movies, CatalogStats stats, List<String> notices) {
        this.movies = List.copyOf(movies);
        this.byId = new HashMap<>(movies.size() * 2);
        for (Movie movie : this.movies) {
            byId.put(movie.movieId(), movie);
        }
        this.stats = stats;
        this.notices = List.copyOf(notices);
    }

    /** A catalog of the given movies, without source reports (for tools and tests that build movies directly). */
    public static Catalog of(List<Movie> movies) {
        int rated = (int) movies.stream().filter(Movie::isRated).count();
        return new Catalog(movies, new CatalogStats(null, movies.size(), rated, 0, 0, movies.size() - rated,
                Coverage.of(movies), Coverage.of(movies.stream().filter(Movie::isRated).toList()), List.of()), List.of());
    }

    /** An empty catalog that explains, in one sentence, why it is empty. */
    public static Catalog empty(String reason) {
        return new Catalog(List.of(),
                new CatalogStats(null, 0, 0, 0, 0, 0, Coverage.of(List.of()), Coverage.of(List.of()), List.of()),
                List.of(reason));
    }

    public List<Movie> movies() {
        return Collections.unmodifiableList(movies);
    }

    /**
     * The movies rated most often, ties broken by TMDB votes: the ones people know, so the ones they
     * pick and search for first.
     *
     * @param limit how many at most
     * @return most-rated first
     */
    public List<Movie> mostRated(int limit) {
        List<Movie> sorted = byRatingCount;
        if (sorted == null) {
            // a race only sorts twice: the result is the same list either way
            sorted = movies.stream().sorted(Comparator.comparingInt(Movie::ratingCount).reversed()
                    .thenComparing(Comparator.comparingInt(Movie::tmdbVotes).reversed())).toList();
            byRatingCount = sorted;
        }
        return sorted.subList(0, Math.min(Math.max(limit, 0), sorted.size()));
    }

    public Optional<Movie> byId(int movieId) {
        return Optional.ofNullable(byId.get(movieId));
    }

    public int size() {
        return movies.size();
    }

    public boolean isEmpty() {
        return movies.isEmpty();
    }

    public CatalogStats stats() {
        return stats;
    }

    /** Sentences for the person using the app: data missing, metadata missing, and what to do. */
    public List<String> notices() {
        return notices;
    }
}
