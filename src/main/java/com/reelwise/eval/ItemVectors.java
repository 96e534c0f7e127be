package com.reelwise.eval;

import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;

/**
 * One vector per item index of a data set, for list statistics that need to compare items (intra-list
 * diversity). Supplied from outside the harness because the harness must not depend on the models;
 * the vectors must not be learnt from any split (e.g. a pretrained text encoder's embeddings).
 */
@FunctionalInterface
public interface ItemVectors {

    /** Vectors per item index ({@code ratings.movies()} order). */
    float[][] of(MovieLensDataset dataset, Ratings ratings);
}
