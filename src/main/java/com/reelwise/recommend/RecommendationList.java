package com.reelwise.recommend;

import java.util.List;

/**
 * A recommendation list and how varied it is.
 *
 * @param items     best first
 * @param diversity mean pairwise distance of the items, and which distance
 */
public record RecommendationList(List<Recommendation> items, ListDiversity.Value diversity) {

    public RecommendationList {
        items = List.copyOf(items);
    }
}
