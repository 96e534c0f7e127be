package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Catalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateRankerTest {

    private final Catalog catalog = RecommendTestData.catalog();
    private final CandidateRanker ranker = new CandidateRanker(catalog);
    // Scores fall with position: movie 1 best, movie 7 worst.
    private final float[] scores = {7, 6, 5, 4, 3, 2, 1};

    private List<Integer> ids(RecommendationRequest request) {
        return ranker.top(scores, request, ItemSimilarity.GENRES_AND_KEYWORDS).stream().map(p -> ranker.movieAt(p).movieId()).toList();
    }

    @Test
    void excludesThePersonsOwnMoviesAndKeepsScoreOrder() {
        Profile profile = new Profile(List.of(1), List.of(2), List.of(3), null);

        assertThat(ids(RecommendationRequest.of(profile, Method.POPULAR, 3))).containsExactly(4, 5, 6);
    }

    @Test
    void appliesFilters() {
        Profile profile = Profile.liking(List.of());
        RecommendationRequest action = new RecommendationRequest(profile, Method.POPULAR, new Filters(Set.of("Action"), 1994, null, 0), 10, 0.5, 0);
        RecommendationRequest rated = new RecommendationRequest(profile, Method.POPULAR, new Filters(Set.of(), null, null, 100), 10, 0.5, 0);

        assertThat(ids(action)).containsExactly(2, 3, 6);
        assertThat(ids(rated)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void skipsMoviesTheMethodCannotScore() {
        float[] partial = scores.clone();
        partial[0] = Float.NaN;

        assertThat(ranker.top(partial, RecommendationRequest.of(Profile.liking(List.of()), Method.POPULAR, 2),
                ItemSimilarity.GENRES_AND_KEYWORDS)).containsExactly(1, 2);
    }

    @Test
    void diversityBringsOtherGenresForwardAndRaisesIntraListDiversity() {
        RecommendationRequest plain = RecommendationRequest.of(Profile.liking(List.of()), Method.POPULAR, 4);
        RecommendationRequest diverse = new RecommendationRequest(plain.profile(), Method.POPULAR, Filters.NONE, 4, 0.5, 0.8);

        List<Integer> byScore = ids(plain);
        List<Integer> mixed = ids(diverse);

        assertThat(byScore).containsExactly(1, 2, 3, 4);
        assertThat(mixed.get(0)).isEqualTo(1);
        assertThat(mixed).contains(5);
        assertThat(diversity(mixed)).isGreaterThan(diversity(byScore));
    }

    private double diversity(List<Integer> ids) {
        return ItemSimilarity.GENRES_AND_KEYWORDS.intraListDiversity(ids.stream().map(id -> catalog.byId(id).orElseThrow()).toList());
    }
}
