package com.reelwise.raters;

import com.reelwise.catalog.Movie;

/**
 * A movie recommended to an existing user.
 *
 * @param score       the method's own score (its scale differs per method)
 * @param probability NeuMF's probability for this user and movie, or null when it cannot tell
 * @param why         one sentence from the method
 * @param stars       the stars the star model predicts this user would give it, or null when it is not ready
 */
public record UserPick(Movie movie, double score, Float probability, String why, Float stars) {
}
