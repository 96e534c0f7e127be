package com.reelwise.ncf;

/** One recommended movie: its raw MovieLens id and the predicted probability of interaction. */
public record Recommendation(int movieId, float probability) {
}
