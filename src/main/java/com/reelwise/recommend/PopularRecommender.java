package com.reelwise.recommend;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.catalog.Popularity;
import java.util.List;

/**
 * The most rated movies that pass the filters: the baseline every personal method must beat, and
 * the answer when no model is available. Metadata-only movies rank by their TMDB votes.
 */
public final class PopularRecommender implements Recommender {

    private final CandidateRanker ranker;
    private final float[] scores;

    public PopularRecommender(Catalog catalog, CandidateRanker ranker) {
        this.ranker = ranker;
        Popularity popularity = Popularity.of(catalog.movies());
        this.scores = new float[ranker.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = popularity.of(ranker.movieAt(i));
        }
    }

    @Override
    public Method method() {
        return Method.POPULAR;
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        return ranker.top(scores, request, ItemSimilarity.GENRES_AND_KEYWORDS).stream()
                .map(position -> recommendation(ranker.movieAt(position), scores[position]))
                .toList();
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        return ScoreTable.single(scores, false, false);
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        return recommendation(ranker.movieAt(position), table.scores()[position]);
    }

    private static Recommendation recommendation(Movie movie, float score) {
        String text = movie.isRated()
                ? "Popular: rated by %d people here, %.1f stars on average".formatted(movie.ratingCount(), movie.meanRating())
                : "Popular on TMDB (%d votes); nobody here has rated it yet".formatted(movie.tmdbVotes());
        return new Recommendation(movie, score, null, null, new Explanation(text, List.of(), List.of()));
    }
}
