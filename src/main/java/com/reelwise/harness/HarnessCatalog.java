package com.reelwise.harness;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.MovieRatingStats;
import com.reelwise.ratings.Ratings;
import java.util.List;
import java.util.Optional;

/**
 * The catalog a served method sees in the evaluation: every film of the MovieLens release with its metadata,
 * and rating counts and means computed from the ratings a model may know at that stage only (the train part
 * while the ranker learns, train plus validation when test is scored), so no held-out rating leaks into a
 * feature.
 *
 * <p>Which films exist comes from the whole release, as the item space of every protocol does: a film whose
 * every rating is held out (all of cold-start's test films, and films first rated in a test period) stays in
 * the catalog, unrated, instead of vanishing and ranking last for every served method.
 */
final class HarnessCatalog {

    private HarnessCatalog() {
    }

    static Catalog of(MovieLensDataset dataset, Ratings ratings, Interactions known) {
        Catalog release = new CatalogLoader(dataset.dir().getParent(), true).load(Optional.of(dataset), ratings);
        MovieRatingStats stats = ratings.restrictedTo(known).movieStats();
        List<Movie> movies = release.movies().stream().map(m -> {
            int count = stats.count(m.movieId());
            return m.withRatings(count, count == 0 ? null : stats.mean(m.movieId()));
        }).toList();
        return Catalog.of(movies);
    }
}
