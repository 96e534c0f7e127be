package com.reelwise.recommend;

import com.reelwise.catalog.Movie;

/**
 * A recommended movie with its score and the evidence it was built from.
 *
 * @param score        the final score the list is ordered by (method-specific scale)
 * @param cfScore      collaborative part of the score, or null when the method has none
 * @param contentScore content part of the score, or null when the method has none
 * @param cluster      the label of the movie's cluster when the cluster method chose it, else null
 * @param parts        the whole split by kind of evidence (popularity and mood too), or null
 */
public record Recommendation(Movie movie, double score, Double cfScore, Double contentScore, Explanation explanation, String cluster,
                             ScoreParts parts) {

    public Recommendation(Movie movie, double score, Double cfScore, Double contentScore, Explanation explanation, String cluster) {
        this(movie, score, cfScore, contentScore, explanation, cluster, null);
    }

    public Recommendation(Movie movie, double score, Double cfScore, Double contentScore, Explanation explanation) {
        this(movie, score, cfScore, contentScore, explanation, null, null);
    }

    /** With its evidence split; the collaborative and content parts are also {@code cfScore} and {@code contentScore}. */
    public static Recommendation withParts(Movie movie, double score, ScoreParts parts, Explanation explanation) {
        return new Recommendation(movie, score, parts.collaborative(), parts.content(), explanation, null, parts);
    }
}
