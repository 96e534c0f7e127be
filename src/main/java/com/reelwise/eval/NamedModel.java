package com.reelwise.eval;

import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A method the runner can evaluate: its result name and how to build a fresh, unfitted model
 * from the run's seed. Register NeuMF as {@code new NamedModel("neumf", seed -> new NeuMF(..., seed))}.
 *
 * @param name    method name in result files, e.g. "ease"
 * @param factory builds a new model for one run, given the run's seed
 */
public record NamedModel(String name, LongFunction<RankingModel> factory) {

    /** For models that take no seed. */
    public static NamedModel of(String name, Supplier<RankingModel> supplier) {
        return new NamedModel(name, seed -> supplier.get());
    }
}
