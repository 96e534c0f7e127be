package com.reelwise.eval;

import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;

/**
 * A {@link RankingModel} that needs more than interactions, e.g. the movies' texts: the runner hands
 * it the data set and its ratings (whose {@code movies()} index maps item indices to movie ids)
 * before {@code fit}. Ratings are for id mapping and rating values; a model must still learn only
 * from the train interactions it is given.
 */
public interface DatasetAware {

    /** Called once per run, before {@code fit}. */
    void useDataset(MovieLensDataset dataset, Ratings ratings);
}
