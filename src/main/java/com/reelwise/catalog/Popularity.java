package com.reelwise.catalog;

import java.util.List;

/**
 * How well known a movie is, in (0, 1]: MovieLens rating count where it has ratings, else its TMDB
 * vote count, each relative to the catalog's largest so that rated and metadata-only movies compare.
 */
public record Popularity(int maxRatings, int maxVotes) {

    private static final float FLOOR = 1e-4f;

    /** Scales for the given movies. */
    public static Popularity of(List<Movie> movies) {
        return new Popularity(
                movies.stream().mapToInt(Movie::ratingCount).max().orElse(0),
                movies.stream().mapToInt(Movie::tmdbVotes).max().orElse(0));
    }

    /** The movie's popularity in (0, 1]. */
    public float of(Movie movie) {
        double byRatings = maxRatings == 0 ? 0 : (double) movie.ratingCount() / maxRatings;
        double byVotes = maxVotes == 0 ? 0 : (double) movie.tmdbVotes() / maxVotes;
        return (float) Math.max(FLOOR, Math.max(byRatings, byVotes));
    }
}
