package com.reelwise.eval;

import java.util.List;
import java.util.Locale;

/** The four classic baselines with their default settings. */
public final class Baselines {

    /** EASE's lambda grid; Steck reports the optimum in the hundreds for MovieLens-sized data. */
    static final double[] EASE_LAMBDAS = {30, 100, 300, 1000};
    /** Recency decays per film back from the latest; 1 is plain EASE. */
    static final double[] RECENCY_DECAYS = {1, 0.995, 0.99, 0.98, 0.97, 0.95, 0.9, 0.8};

    private Baselines() {
    }

    /**
     * popular, itemknn (k = 100), ease (lambda tuned on validation), ease-recency (lambda and the history's
     * recency decay tuned on validation), mf (implicit ALS, 64 factors).
     */
    /**
     * The methods every other one is compared with, user by user, where a run holds them: EASE and its
     * recency-weighted form, and on cold-start (where no collaborative baseline can score an unseen film) TMDB
     * popularity.
     */
    public static final List<String> REFERENCES = List.of("ease", "ease-recency", "popular-tmdb");

    public static List<NamedModel> all() {
        return List.of(
                NamedModel.of("popular", PopularityModel::new),
                NamedModel.of("itemknn", () -> new ItemKnnModel(100)),
                NamedModel.of("ease", () -> new EaseModel(EASE_LAMBDAS)),
                NamedModel.of("ease-recency", () -> EaseModel.withRecency(EASE_LAMBDAS, RECENCY_DECAYS)),
                new NamedModel("mf", seed -> new AlsModel(64, 1.0, 10.0, 15, seed)));
    }

    /** The baseline of that name. */
    public static NamedModel named(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return all().stream().filter(m -> m.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown method " + name + "; known: popular, itemknn, ease, ease-recency, mf"));
    }
}
