package com.reelwise.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One method's result on one data set under one protocol, as {@code GET /api/evaluation} answers it.
 *
 * @param dataset    e.g. "ml-latest-small"
 * @param protocol   "loo-99neg", "full-ranking", "cold-start", or what a result file names
 * @param method     e.g. "ease", "neumf", "hybrid-a0.50"
 * @param metrics    metric name to value in a stable reading order (HR, Recall, NDCG, MAP, then the rest)
 * @param seed       seed of the run, when recorded
 * @param users      evaluated users, when recorded
 * @param date       ISO-8601 instant of the run, when recorded
 * @param fitSeconds wall time of fitting, when recorded
 * @param alpha      the collaborative weight of a hybrid row (from "hybrid-a0.50" or its config), else null
 * @param config     the protocol configuration written beside the numbers
 * @param modelConfig settings that set this row apart from others of the same model (the hybrid's α, the
 *                   validation score it was chosen by); empty for most methods
 * @param source     the result file the row came from
 * @param perUser    the ranking metrics per evaluated user (same users for every row of a run), for paired
 *                   intervals; empty for CSV and older files; not part of the API answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationRow(String dataset, String protocol, String method, Map<String, Double> metrics, Long seed,
                            Integer users, String date, Double fitSeconds, Double alpha, Map<String, Object> config,
                            Map<String, Object> modelConfig, String source, @JsonIgnore Map<String, double[]> perUser) {

    public EvaluationRow {
        metrics = Collections.unmodifiableMap(MetricNames.ordered(metrics));
        perUser = perUser == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(perUser));
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        modelConfig = modelConfig == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(modelConfig));
    }

    /** A number from {@link #modelConfig()}, e.g. "validation", or null. */
    public Double modelNumber(String key) {
        return modelConfig.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    /** The value of a metric, or null when this row has none. */
    public Double metric(String name) {
        return metrics.get(name);
    }

    /** True when {@code other} comes from the same run (same data set, protocol and start), so users pair up. */
    public boolean sameRun(EvaluationRow other) {
        return dataset.equals(other.dataset) && protocol.equals(other.protocol) && date != null && date.equals(other.date);
    }

    /** True for the points of an α sweep ("hybrid-a0.25"), not the tuned hybrid itself. */
    @JsonIgnore
    public boolean sweepPoint() {
        return MethodNames.sweepAlpha(method) != null;
    }
}
