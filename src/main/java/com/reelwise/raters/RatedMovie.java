package com.reelwise.raters;

import com.reelwise.catalog.Movie;

/**
 * One rating from a MovieLens user's history.
 *
 * @param rating    the user's rating, 0.5 to 5 stars
 * @param ratedAt   seconds since the epoch
 * @param predicted NeuMF's probability that this user watches and rates the movie, or null when the model is not ready
 * @param stars     the star model's stars for this rating (a fit: the model was trained on it), or null when not ready
 */
public record RatedMovie(Movie movie, float rating, long ratedAt, Float predicted, Float stars) {
}
