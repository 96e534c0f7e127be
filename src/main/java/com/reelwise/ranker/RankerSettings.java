package com.reelwise.ranker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradient-boosted ranker's hyperparameters, saved beside the model. LambdaMART with XGBoost's
 * {@code rank:ndcg} objective; {@code monotone} lists, per feature, +1 where more evidence of that kind
 * may never lower a film's score (so "because you liked X" stays true when X raises that evidence), 0 where
 * the effect is free.
 *
 * @param rounds          most boosting rounds; training stops {@code earlyStopping} rounds after the best
 *                        validation NDCG@10
 * @param earlyStopping   rounds without improvement before stopping; 0 boosts every round and keeps them all (the
 *                        validation people then only report)
 * @param learningRate    shrinkage (eta)
 * @param maxDepth        tree depth
 * @param minChildWeight  least hessian per leaf
 * @param subsample       rows sampled per tree
 * @param columnSample    features sampled per tree
 * @param threads         native threads while training
 * @param seed            XGBoost's seed
 */
public record RankerSettings(int rounds, int earlyStopping, double learningRate, int maxDepth, double minChildWeight,
                             double subsample, double columnSample, int threads, long seed) {

    /**
     * 100 rounds at eta 0.05, depth 6, every round kept. Early stopping on the ~90 validation people picked anything
     * from 4 to 113 rounds by seed (their NDCG@10 curve is flat and noisy), once a nearly untrained ranker; a fixed
     * 100 scored as well in the harness and steadier on the taste panel (model-training/eval/README.md).
     */
    public static RankerSettings defaults() {
        return new RankerSettings(100, 0, 0.05, 6, 1, 0.8, 0.9, 2, 42);
    }

    public RankerSettings withSeed(long value) {
        return new RankerSettings(rounds, earlyStopping, learningRate, maxDepth, minChildWeight, subsample, columnSample, threads, value);
    }

    /** One setting changed, by its record component name; for {@code --ranker key=value}. */
    public RankerSettings with(String key, String value) {
        int r = rounds, stop = earlyStopping, depth = maxDepth, t = threads;
        double eta = learningRate, child = minChildWeight, rows = subsample, cols = columnSample;
        long s = seed;
        try {
            switch (key) {
                case "rounds" -> r = Integer.parseInt(value);
                case "earlyStopping" -> stop = Integer.parseInt(value);
                case "learningRate" -> eta = Double.parseDouble(value);
                case "maxDepth" -> depth = Integer.parseInt(value);
                case "minChildWeight" -> child = Double.parseDouble(value);
                case "subsample" -> rows = Double.parseDouble(value);
                case "columnSample" -> cols = Double.parseDouble(value);
                case "threads" -> t = Integer.parseInt(value);
                case "seed" -> s = Long.parseLong(value);
                default -> throw new IllegalArgumentException("Unknown ranker setting '" + key
                        + "'; known: rounds, earlyStopping, learningRate, maxDepth, minChildWeight, subsample, columnSample, threads, seed");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot parse ranker setting " + key + "=" + value, e);
        }
        return new RankerSettings(r, stop, eta, depth, child, rows, cols, t, s);
    }

    Map<String, Object> xgboostParams(List<Integer> monotone) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("objective", "rank:ndcg");
        params.put("eval_metric", "ndcg@10");
        params.put("tree_method", "hist");
        params.put("eta", learningRate);
        params.put("max_depth", maxDepth);
        params.put("min_child_weight", minChildWeight);
        params.put("subsample", subsample);
        params.put("colsample_bytree", columnSample);
        params.put("nthread", threads);
        params.put("seed", seed);
        params.put("verbosity", 0);
        StringBuilder constraints = new StringBuilder("(");
        for (int i = 0; i < monotone.size(); i++) {
            constraints.append(i == 0 ? "" : ",").append(monotone.get(i));
        }
        params.put("monotone_constraints", constraints.append(')').toString());
        return params;
    }
}
