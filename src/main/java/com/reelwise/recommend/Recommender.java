package com.reelwise.recommend;

import java.util.List;

/**
 * The one contract every method answers: a profile, filters and a count in, scored movies with
 * explanations out. Popular, NCF, content, cluster and hybrid are interchangeable behind it.
 * {@link #score} and {@link #describe} are the two halves of {@link #recommend}, exposed so one
 * movie can be explained from the very numbers that ranked it.
 */
public interface Recommender {

    Method method();

    /** Best first; never the person's own liked, disliked or seen movies; at most {@code request.count()}. */
    List<Recommendation> recommend(RecommendationRequest request);

    /** Every catalog movie's score for this request, as {@link #recommend} ranks them. */
    default ScoreTable score(RecommendationRequest request) {
        throw new MethodUnavailableException("The " + method().id() + " method cannot explain a single movie.");
    }

    /** The recommendation {@link #recommend} would make of the movie at {@code position}, from {@code table}. */
    default Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        throw new MethodUnavailableException("The " + method().id() + " method cannot explain a single movie.");
    }
}
