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
 * @param hitRateByRank full ranking only (else empty): entry r is the share of users whose film at rank r + 1 is one
 *                      of their held-out films, what a person can read as "the chance you watch the film shown here"
 */
public record UserScores(Map<String, Double> means, Map<String, double[]> perUser, double[] hitRateByRank) {

    public UserScores {
        means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
        perUser = Collections.unmodifiableMap(new LinkedHashMap<>(perUser));
        hitRateByRank = hitRateByRank == null ? new double[0] : hitRateByRank.clone();
    }

    public UserScores(Map<String, Double> means, Map<String, double[]> perUser) {
        this(means, perUser, null);
    }
}
