package com.reelwise.raters;

/**
 * The stars the star model gives a MovieLens user and a movie.
 *
 * @param predicted   the model's stars, 0.5 to 5, to a tenth
 * @param theirRating the user's own rating of the movie, or null when they did not rate it (the model was trained
 *                    on their ratings, so beside one it shows the fit, not a prediction)
 */
public record UserStars(int userId, int movieId, String title, float predicted, Float theirRating) {
}
