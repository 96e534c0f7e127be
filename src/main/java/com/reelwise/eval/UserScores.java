package com.reelwise.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A method's metrics, as means over the evaluated users and, for the ranking metrics, each user's own value
 * (users in ascending index order, the same order for every method of a run), so two methods can be
 * compared user by user ({@link PairedBootstrap}).
 *
 * @param means   metric name to mean
 * @param perUser metric name to per-user values
 */
public record UserScores(Map<String, Double> means, Map<String, double[]> perUser) {

    public UserScores {
        means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
        perUser = Collections.unmodifiableMap(new LinkedHashMap<>(perUser));
    }
}
