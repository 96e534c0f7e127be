package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import com.reelwise.eval.Metrics;
import java.util.Arrays;
import java.util.List;

/**
 * The films most like one film, for its page: nearest by the content model's text embeddings once it is loaded,
 * by shared genres and keywords before. Only films known to some (ratings here or TMDB votes), so a page about
 * Alien suggests Aliens rather than a short nobody has seen.
 */
public final class MoreLikeThis {

    private final CandidateRanker catalog;
    private final Recommendations recommendations;

    public MoreLikeThis(CandidateRanker catalog, Recommendations recommendations) {
        this.catalog = catalog;
        this.recommendations = recommendations;
    }

    /** Up to {@code count} films like {@code movieId}, most alike first; empty for a film not in the catalog. */
    public List<Movie> of(int movieId, int count) {
        int self = catalog.position(movieId);
        if (self < 0) {
            return List.of();
        }
        float[] scores = recommendations.contentEmbeddings().filter(e -> e.has(self)).map(e -> e.scoreAll(e.vector(self)))
                .orElseGet(() -> byGenresAndKeywords(catalog.movieAt(self)));
        int[] top = Metrics.topK(scores, count, p -> p == self || Float.isNaN(scores[p]) || !catalog.movieAt(p).isKnownToSome());
        return Arrays.stream(top).mapToObj(catalog::movieAt).toList();
    }

    private float[] byGenresAndKeywords(Movie movie) {
        float[] scores = new float[catalog.size()];
        for (int p = 0; p < scores.length; p++) {
            scores[p] = (float) ItemSimilarity.GENRES_AND_KEYWORDS.between(movie, catalog.movieAt(p));
        }
        return scores;
    }
}
