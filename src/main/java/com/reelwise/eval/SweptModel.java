package com.reelwise.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model fitted once whose scoring has a setting that costs nothing to change (the hybrid's α): the
 * runner fits it once and reports one result row per {@link Variant} instead of one for the model.
 * Any tuning of the setting must use the validation part given to {@code fit}, never test.
 */
public interface SweptModel extends RankingModel {

    /**
     * The rows to report, available after {@code fit}.
     *
     * @return variants in report order
     */
    List<Variant> variants();

    /** Scores of one variant for one user, like {@link RankingModel#scores}; called from several threads. */
    @FunctionalInterface
    interface Scorer {
        void scores(int user, float[] out);
    }

    /**
     * One result row of a swept model.
     *
     * @param name     method name in results, e.g. "hybrid-a0.25"
     * @param settings what distinguishes this variant (written into the row's {@code modelConfig})
     * @param scorer   its scores
     */
    record Variant(String name, Map<String, Object> settings, Scorer scorer) {

        public Variant {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }

        /** This variant as a model the evaluator can score (fitting it is a no-op: the parent is fitted). */
        public RankingModel asModel() {
            return new RankingModel() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
                }

                @Override
                public void scores(int user, float[] out) {
                    scorer.scores(user, out);
                }
            };
        }
    }
}
