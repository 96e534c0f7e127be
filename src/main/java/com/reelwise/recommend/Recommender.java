package com.reelwise.recommend;

import java.util.List;

/**
 * The one contract every method answers: a profile, filters and a count in, scored movies with
 * explanations out. Popular, NCF, content, cluster and hybrid are interchangeable behind it.
 */
public interface Recommender {

    Method method();

    /** Best first; never the person's own liked, disliked or seen movies; at most {@code request.count()}. */
    List<Recommendation> recommend(RecommendationRequest request);
}
