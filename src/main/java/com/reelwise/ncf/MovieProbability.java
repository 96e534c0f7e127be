package com.reelwise.ncf;

/** A movie NeuMF scores for a person: its raw MovieLens id and the predicted probability of interaction. */
public record MovieProbability(int movieId, float probability) {
}
