package com.reelwise.catalog;

import java.util.List;

/**
 * What the catalog holds and how complete it is.
 *
 * @param movielens          the MovieLens release in use, or null
 * @param movies             all movies in the catalog
 * @param ratedMovies        movies with at least one rating
 * @param ratings            number of ratings
 * @param users              number of users who rated
 * @param metadataOnlyMovies movies only the metadata sources know (cold-start items)
 * @param coverage           coverage over the whole catalog
 * @param movielensCoverage  coverage over the MovieLens movies only
 * @param sources            per-source contribution, in precedence order
 */
public record CatalogStats(
        String movielens,
        int movies,
        int ratedMovies,
        int ratings,
        int users,
        int metadataOnlyMovies,
        Coverage coverage,
        Coverage movielensCoverage,
        List<SourceReport> sources) {
}
