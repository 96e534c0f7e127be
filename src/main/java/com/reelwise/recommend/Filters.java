package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import java.util.Set;

/**
 * Which movies may be recommended at all.
 *
 * @param genres     keep movies with at least one of these genres (empty: any)
 * @param yearFrom   earliest release year, or null
 * @param yearTo     latest release year, or null
 * @param minRatings minimum number of MovieLens ratings (0: unrated cold-start movies allowed)
 */
public record Filters(Set<String> genres, Integer yearFrom, Integer yearTo, int minRatings) {

    public static final Filters NONE = new Filters(Set.of(), null, null, 0);

    public Filters {
        genres = Set.copyOf(genres);
    }

    public boolean accepts(Movie movie) {
        if (!genres.isEmpty() && movie.genres().stream().noneMatch(genres::contains)) {
            return false;
        }
        if (yearFrom != null && (movie.year() == null || movie.year() < yearFrom)) {
            return false;
        }
        if (yearTo != null && (movie.year() == null || movie.year() > yearTo)) {
            return false;
        }
        return movie.ratingCount() >= minRatings;
    }
}
