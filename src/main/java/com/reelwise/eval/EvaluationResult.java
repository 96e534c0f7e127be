package com.reelwise.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One evaluated method on one data set under one protocol; the shape of a row in the result
 * files and of the future REST answer.
 *
 * @param dataset        e.g. "ml-latest-small"
 * @param protocol       "loo-99neg" or "full-ranking"
 * @param method         e.g. "ease"
 * @param metrics        metric name to value, e.g. "HR@10" to 0.61
 * @param config         the full protocol configuration
 * @param seed           the run's seed (split and model)
 * @param users          number of evaluated users
 * @param fitSeconds     wall time of fit, including hyperparameter search
 * @param evalSeconds    wall time of scoring the test users
 * @param date           ISO-8601 instant of the run
 * @param modelConfig    settings that distinguish this row from others of the same model, e.g. the
 *                       hybrid ranker's settings and what it was trained on; empty for most methods
 * @param perUser        the ranking metrics per evaluated user, users in ascending index order (the same users
 *                       for every method of a run), for paired intervals; empty in older files
 * @param hitRateByRank  full ranking only (else empty): per rank from 1, the share of users whose film there is held out
 */
public record EvaluationResult(String dataset, String protocol, String method, Map<String, Double> metrics,
                               Protocol config, long seed, int users, double fitSeconds, double evalSeconds, String date,
                               Map<String, Object> modelConfig, Map<String, double[]> perUser, double[] hitRateByRank) {

    public EvaluationResult {
        // Sorted and read-only: stable column order in files, no mutation after the fact.
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        // Older result files have no modelConfig.
        modelConfig = modelConfig == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(modelConfig));
        perUser = perUser == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(perUser));
        hitRateByRank = hitRateByRank == null ? new double[0] : hitRateByRank.clone();
    }

    /** A row without model settings. */
    public EvaluationResult(String dataset, String protocol, String method, Map<String, Double> metrics,
                            Protocol config, long seed, int users, double fitSeconds, double evalSeconds, String date) {
        this(dataset, protocol, method, metrics, config, seed, users, fitSeconds, evalSeconds, date, Map.of(), Map.of(), null);
    }
}
