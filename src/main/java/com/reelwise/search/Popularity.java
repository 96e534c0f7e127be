package com.reelwise.search;

import com.reelwise.catalog.Movie;
import java.util.List;

/**
 * How well known a movie is, in (0, 1]: MovieLens rating count where it has ratings, else its TMDB
 * vote count, each relative to the catalog's largest so that rated and metadata-only movies compare.
 */
record Popularity(int maxRatings, int maxVotes) {

    private static final float FLOOR = 1e-4f;

    static Popularity of(List<Movie> movies) {
        return new Popularity(
                movies.stream().mapToInt(Movie::ratingCount).max().orElse(0),
                movies.stream().mapToInt(Movie::tmdbVotes).max().orElse(0));
    }

    float of(Movie movie) {
        double byRatings = maxRatings == 0 ? 0 : (double) movie.ratingCount() / maxRatings;
        double byVotes = maxVotes == 0 ? 0 : (double) movie.tmdbVotes() / maxVotes;
        return (float) Math.max(FLOOR, Math.max(byRatings, byVotes));
    }
}
