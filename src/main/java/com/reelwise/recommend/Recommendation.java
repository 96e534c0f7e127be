package com.reelwise.recommend;

import com.reelwise.catalog.Movie;

/**
 * A recommended movie with its score and the parts it was blended from.
 *
 * @param score        the final score the list is ordered by (method-specific scale)
 * @param cfScore      collaborative part on the blend's scale, or null when the method has none
 * @param contentScore content part on the blend's scale, or null when the method has none
 * @param cluster      the label of the movie's cluster when the cluster method chose it, else null
 */
public record Recommendation(Movie movie, double score, Double cfScore, Double contentScore, Explanation explanation, String cluster) {

    public Recommendation(Movie movie, double score, Double cfScore, Double contentScore, Explanation explanation) {
        this(movie, score, cfScore, contentScore, explanation, null);
    }
}
