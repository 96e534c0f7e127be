package com.reelwise.recommend;

import java.util.List;

/**
 * Why a movie was recommended, computed from the scores that ranked it (never invented).
 *
 * @param text      one sentence, e.g. "Because you liked Heat"
 * @param becauseOf the person's movies that contributed most, strongest first
 * @param details   further evidence lines (shared keywords, collaborative evidence, score split)
 */
public record Explanation(String text, List<Integer> becauseOf, List<String> details) {

    public Explanation {
        becauseOf = List.copyOf(becauseOf);
        details = List.copyOf(details);
    }
}
