package com.reelwise.recommend;

/**
 * One call to a recommender.
 *
 * @param profile   the person
 * @param method    which recommender answers
 * @param filters   which movies may be recommended
 * @param count     how many recommendations
 * @param alpha     hybrid blend: 0 = content only, 1 = collaborative only
 * @param diversity MMR trade-off: 0 = by score only, 1 = as different from each other as possible
 */
public record RecommendationRequest(Profile profile, Method method, Filters filters, int count, double alpha, double diversity) {

    public static final int MAX_COUNT = 100;

    public static RecommendationRequest of(Profile profile, Method method, int count) {
        return new RecommendationRequest(profile, method, Filters.NONE, count, 0.5, 0.0);
    }
}
