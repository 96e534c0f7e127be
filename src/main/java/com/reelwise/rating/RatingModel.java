package com.reelwise.rating;

/** Predicts the stars a user would give an item, fitted on explicit ratings. */
public interface RatingModel {

    String name();

    /** Fits on {@code train}; {@code validation} (never test) may pick epochs or stop training early. */
    void fit(RatingData train, RatingData validation);

    /** Predicted stars, clipped to the scale {@code [min, max]} of the data it was fitted on. */
    float predict(int user, int item);
}
