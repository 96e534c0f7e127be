package com.reelwise.recommend;

import com.reelwise.cluster.ClusterMode;

/**
 * One call to a recommender.
 *
 * @param profile     the person
 * @param method      which recommender answers
 * @param filters     which movies may be recommended
 * @param count       how many recommendations
 * @param alpha       hybrid blend: 0 = content only, 1 = collaborative only
 * @param diversity   MMR trade-off: 0 = by score only, 1 = as different from each other as possible
 * @param clusterMode which list the cluster method makes; null = the cluster recommender's own default
 */
public record RecommendationRequest(Profile profile, Method method, Filters filters, int count, double alpha, double diversity,
                                    ClusterMode clusterMode) {

    public static final int MAX_COUNT = 100;

    public RecommendationRequest(Profile profile, Method method, Filters filters, int count, double alpha, double diversity) {
        this(profile, method, filters, count, alpha, diversity, null);
    }

    public static RecommendationRequest of(Profile profile, Method method, int count) {
        return new RecommendationRequest(profile, method, Filters.NONE, count, 0.5, 0.0);
    }

    /** The same request for another profile (explanations ask "what if this movie were not liked"). */
    public RecommendationRequest with(Profile other) {
        return new RecommendationRequest(other, method, filters, count, alpha, diversity, clusterMode);
    }
}
