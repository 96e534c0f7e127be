package com.reelwise.harness;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import java.util.Optional;

/**
 * The catalog a served method sees in the evaluation: every film of the MovieLens release with its metadata,
 * and rating counts and means computed from the ratings a model may know at that stage only (the train part
 * while the ranker learns, train plus validation when test is scored), so no held-out rating leaks into a
 * feature.
 */
final class HarnessCatalog {

    private HarnessCatalog() {
    }

    static Catalog of(MovieLensDataset dataset, Ratings ratings, Interactions known) {
        return new CatalogLoader(dataset.dir().getParent(), true).load(Optional.of(dataset), ratings.restrictedTo(known));
    }
}
